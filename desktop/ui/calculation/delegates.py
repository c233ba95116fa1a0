"""Cell editors that refuse bad numbers while typing: only digits and one decimal separator, no minus sign,
and an upper bound. What a validator cannot judge (e.g. 101 %) the service refuses with a message."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from desktop.ui.calculation.line_model import DESCRIPTION, UNIT

# up to 12 integer digits and 6 decimals; no sign, so a negative value cannot even be typed
NUMBER_PATTERN = r"\d{0,12}([.,]\d{0,6})?"


def number_validator(parent) -> QRegularExpressionValidator:
    return QRegularExpressionValidator(QRegularExpression(NUMBER_PATTERN), parent)


class LineDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == DESCRIPTION:
            editor.setMaxLength(300)
        elif index.column() == UNIT:
            editor.setMaxLength(16)
        else:
            editor.setValidator(number_validator(editor))
        return editor

    def setEditorData(self, editor, index):
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.text().strip())
