"""What a trigger does when it fires: add to a campaign, create a task, notify, move the deal, send an e-mail.

Each action runs in its own savepoint (``attempt``): a refused or broken action rolls back only its own
effects and is logged as failed. What it did is stored as data (``detail``) that the ui renders as a sentence
in the user's language."""

from __future__ import annotations

import json
import logging
from datetime import datetime

from desktop.domain.errors import EtapError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Role
from desktop.domain.triggers import Action
from desktop.services import notifications, pickers
from desktop.services.activities import tasks
from desktop.services.actor import Actor
from desktop.services.clients import campaigns
from desktop.services.deals import deals
from desktop.services.mail import email_templates, outbox
from desktop.services.triggers.rules import TriggerRow
from desktop.store.db import atomic
from desktop.store.models import Campaign, Stage, Trigger

SYSTEM = Actor(None, Role.ADMIN, "Etap")  # the actor of trigger actions (history shows no person)
_log = logging.getLogger(__name__)


def detail(what: str, **values: object) -> str:
    """What a firing did, as data the ui turns into a sentence in the user's language (never English prose)."""
    return json.dumps({"what": what, **values}, ensure_ascii=False, sort_keys=True, default=str)


def error_detail(err: EtapError) -> str:
    """A refused action: the error's English template and parameters, translated when shown."""
    return detail("error", template=err.template, params=err.params)


def unexpected_detail(exc: BaseException) -> str:
    """An action that broke (a bug, not a refusal): the exception as it is, shown after a translated lead."""
    return detail("unexpected", error=f"{type(exc).__name__}: {exc}"[:1500])


def stage_names(trigger_ids: set[int]) -> dict[int, str]:
    query = Trigger.select(Trigger.id, Stage.name).join(Stage, on=(Trigger.stage == Stage.id))
    return dict(query.where(Trigger.id.in_(sorted(trigger_ids))).tuples())


def attempt(trigger: TriggerRow, deal_id: int, now: datetime) -> tuple[str, str]:
    """Perform one action in a savepoint: (status, detail). A refused action (EtapError) or any unexpected
    exception rolls back only its own effects and is logged as failed with its message; the claim stays, so
    one broken action can neither block the other occurrences nor be retried on every pass."""
    try:
        with atomic():
            return "fired", perform(trigger, deal_id, now)
    except EtapError as err:
        return "failed", error_detail(err)
    except Exception as exc:
        _log.exception("trigger %s on deal %s failed", trigger.id, deal_id)
        return "failed", unexpected_detail(exc)


def perform(trigger: TriggerRow, deal_id: int, now: datetime) -> str:
    deal = deals.get_deal(deal_id)
    p = trigger.params
    if trigger.action is Action.CAMPAIGN:
        if deal.contact_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The deal has no contact to add to the campaign."))
        added = campaigns.add_member(p["campaign_id"], deal.contact_id, deal_id, "trigger", now)
        campaign = Campaign.get_or_none(Campaign.id == p["campaign_id"])
        what = "campaign_added" if added else "campaign_member"
        if not added and not campaigns.has_consent(deal.contact_id):
            what = "campaign_no_consent"
        return detail(
            what,
            campaign=campaign.name if campaign else str(p["campaign_id"]),
            contact=pickers.contact_label(deal.contact_id),
        )
    if trigger.action is Action.TASK:
        task = tasks.create_task(None, p.get("title", ""), deal_id, now, deal.owner_id, source="trigger", now=now)
        return detail("task", title=task.title)
    if trigger.action is Action.NOTIFY:
        people = set(notifications.managers())
        if deal.owner_id is not None:
            people.add(deal.owner_id)
        label = f"{deal.number} {deal.title}"
        groups = {(u, trigger.id): [(deal_id, label)] for u in people}
        notifications.notify_trigger_pass(groups, stage_names({trigger.id}), now)
        return detail("notified", count=len(people))
    if trigger.action is Action.MOVE:
        moved = deals.move_deal(SYSTEM, deal_id, int(p["stage_id"]), now)
        return detail("moved", stage=Stage.get_by_id(moved.stage_id).name)
    template = email_templates.get_template(int(p["template_id"]))
    owner = Actor(deal.owner_id, Role.AGENT, "") if deal.owner_id else SYSTEM
    result = outbox.queue_for_deals(owner, [deal_id], template.subject, template.body_text, template.body_html, now=now)
    if not result.message_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The deal's contact has no valid e-mail address."))
    return detail("email", subject=template.subject)
