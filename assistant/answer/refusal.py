"""When the extractive answerer refuses, read on the signals of the sentences it would quote;
each clause is a named rule (assistant/answer/refusing.py) with its switch, and the answer
records the one that refused it, or the closeness in meaning that rescued it."""

from __future__ import annotations

from typing import Any

from ..settings import GenerationSettings
from .held import HELD_RULES


def weak_rules(
    support: float, similarity: float | None, conf: GenerationSettings, attribute: float = 1.0
) -> tuple[bool, list[str]]:
    """Whether to refuse, and the rules that decided. `attribute`: no sentence holds what the
    question pins down and asks (every passage lacks an asked name or year, or the question
    names someone — "le budget annuel du RAMEAU" — and no sentence about them speaks of a
    budget). `low_support`: the best sentence holds too few of the question's words.
    `weak_far`: few words and not close enough in meaning. `rescue`: a sentence very close in
    meaning lifts the first two. `similarity` is None when not measured."""
    close = conf.rescue and similarity is not None and similarity >= conf.rescue_similarity
    rescued = []
    if conf.attribute and attribute < conf.min_attribute:
        if not close:
            return True, ["attribute"]
        rescued = ["rescue"]
    if conf.low_support and support < conf.min_support:
        if similarity is None or not close:
            return True, ["low_support"]
        return False, ["rescue"]
    if similarity is None:
        return False, rescued
    if conf.weak_far and support < conf.weak_support and similarity < conf.min_similarity:
        return True, ["weak_far"]
    return False, rescued


def weak_answer(
    support: float, similarity: float | None, conf: GenerationSettings, attribute: float = 1.0
) -> bool:
    """Whether the extractive answerer should refuse (see `weak_rules`)."""
    return weak_rules(support, similarity, conf, attribute)[0]


def focus_refuses(signals: dict[str, Any], conf: GenerationSettings) -> bool:
    """No sentence of the best passages speaks of what the question asks (its focus), and none
    is close enough in meaning (rule `focus`)."""
    similarity = signals["similarity"]
    return (
        conf.focus
        and signals.get("focus_held") is False
        and (similarity is None or similarity < conf.focus_similarity)
    )


def refusal(signals: dict[str, Any], conf: GenerationSettings) -> tuple[bool, list[str]]:
    """Whether the answerer refuses with these signals, and the rules that decided."""
    if focus_refuses(signals, conf):
        return True, ["focus"]  # the answer does not speak of what the question asks
    for rule in HELD_RULES:
        # a sum, a share, a mark out of 10, a survey's headcount or a person is asked and the
        # quoted sentences give none
        if getattr(conf, rule) and signals.get(f"{rule}_held") is False:
            return True, [rule]
    attribute = signals.get("attribute")
    return weak_rules(
        float(signals["support"] or 0.0),
        signals["similarity"],
        conf,
        1.0 if attribute is None else float(attribute),
    )
