"""The Jinja2 environment for user-editable offer templates: the sandbox plus limits on work and size.

The sandbox stops attribute escapes; these stop a template from taking the machine (issue 19, item 4):
- no constant folding at compile time (``optimized=False``): ``{{ 'x' * 10**9 }}`` is not built while compiling;
- ``*``, ``**``, ``+`` and ``%`` on values check the size of what they would build before building it;
- a function or filter called with a huge number (``center(10**9)``, ``range(10**8)``) is refused;
- every ``range`` of one render draws on one budget of loop steps, and the render has a deadline;
- the output is generated in pieces and stopped at a size limit;
- ``safe`` and ``{% autoescape false %}`` do not exist: a manager's template cannot un-escape an agent's text.
Anything that goes wrong is ``TemplateLimit`` (a jinja2 SecurityError), which the offer service shows as a message.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_STEPS = 100_000  # loop steps from range() in one render
MAX_SIZE = 2_000_000  # characters a value or the whole output may have
MAX_NUMBER = 100_000  # the largest number a function or filter may be given
MAX_SECONDS = 3.0


class TemplateLimit(SecurityError):
    """The template tried to do too much (size, steps, time) or something it may not do."""


class _Budget:
    def __init__(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise TemplateLimit("the template loops too many times")
        if self.steps % 1000 == 0:
            self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateLimit("the template takes too long")


def _size(value: object) -> int | None:
    return len(value) if isinstance(value, str | bytes | list | tuple) else None


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset(["*", "**", "+", "%"])

    def __init__(self) -> None:
        super().__init__(autoescape=True, trim_blocks=True, lstrip_blocks=True, optimized=False)
        self.filters.pop("safe", None)
        # filters are called directly, not through call(): each gets the same argument and size checks
        self.filters = {name: _checked(f, self) for name, f in self.filters.items()}
        self.budget = _Budget()
        self.globals["range"] = self._range

    def _range(self, *args: int) -> Iterator[int]:
        if any(not isinstance(a, int) or abs(a) > MAX_NUMBER for a in args):
            raise TemplateLimit("range() is limited to 100000")
        for value in range(*args):
            self.budget.step()
            yield value

    def call_binop(self, context, operator_name: str, left, right):
        if operator_name == "*":
            for seq, times in ((left, right), (right, left)):
                size = _size(seq)
                if size is not None and isinstance(times, int) and size * times > MAX_SIZE:
                    raise TemplateLimit("the template builds a value that is too large")
        elif operator_name == "**":
            if isinstance(right, int | float) and (abs(right) > 100 or (isinstance(left, int) and abs(left) > 10**6)):
                raise TemplateLimit("the template raises a number to a power that is too large")
        elif operator_name == "+":
            sizes = (_size(left), _size(right))
            if None not in sizes and sum(sizes) > MAX_SIZE:
                raise TemplateLimit("the template builds a value that is too large")
        elif operator_name == "%" and isinstance(left, str) and any(len(run) > 5 for run in _digit_runs(left)):
            raise TemplateLimit("the template pads a value too far")
        return super().call_binop(context, operator_name, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - jinja2's signature
        _check_arguments(args, kwargs)
        __self.budget.check_time()
        return _check_result(super().call(__context, __obj, *args, **kwargs))

    def check_allowed(self, source: str) -> None:
        """Refuse what the environment cannot switch off at run time: autoescape blocks."""
        tree = self.parse(source)
        if any(True for _ in tree.find_all((nodes.EvalContextModifier, nodes.ScopedEvalContextModifier))):
            raise TemplateLimit("{% autoescape %} is not allowed in offer templates")

    def render_limited(self, template, context: dict) -> str:
        """Render with a fresh budget; the output is collected piece by piece up to the size limit."""
        self.budget = _Budget()
        out, size = [], 0
        for piece in template.generate(**context):
            size += len(piece)
            if size > MAX_SIZE:
                raise TemplateLimit("the offer is too large")
            out.append(piece)
            self.budget.check_time()
        return "".join(out)


def _check_arguments(args, kwargs) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            raise TemplateLimit("a number given to a function is too large")
        if isinstance(value, str) and "{" in value and any(len(run) > 5 for run in _digit_runs(value)):
            raise TemplateLimit("the template pads a value too far")


def _check_result(result):
    size = _size(result)
    if size is not None and size > MAX_SIZE:
        raise TemplateLimit("the template builds a value that is too large")
    return result


def _checked(function, env: LimitedEnvironment):
    @functools.wraps(function)  # keeps jinja's pass_context / pass_eval_context marks
    def checked(*args, **kwargs):
        _check_arguments(args[1:] if args and not isinstance(args[0], int) else args, kwargs)
        env.budget.check_time()
        return _check_result(function(*args, **kwargs))

    return checked


def _digit_runs(text: str) -> list[str]:
    runs, current = [], []
    for ch in text:
        if ch.isdigit():
            current.append(ch)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs
