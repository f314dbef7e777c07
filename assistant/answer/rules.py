"""The named rules of the extractive answerer that can be switched off one by one, so that each
one's worth is measured by turning it off (`python -m evals.ablate RULE`). Each answer records
which of them shaped it (`retrieval.rules` in `ask --json`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..settings import Settings


@dataclass(frozen=True)
class Rule:
    name: str
    doc: str
    setting: str  # "group.field" of Settings: a boolean, True when the rule is on


RULES = (
    Rule(
        "window",
        "La meilleure phrase est élargie aux phrases voisines de son passage qui ajoutent ce "
        "que la question demande encore (assistant/window.py).",
        "generation.window",
    ),
    Rule(
        "list",
        "Les éléments d'une liste (puces, tirets, numéros) sont cités après la phrase qui "
        "l'annonce, en une seule phrase, quand elle est la meilleure ou que la question demande "
        "une liste (assistant/answer/window.py, list_window).",
        "generation.list_items",
    ),
    Rule(
        "boilerplate",
        "Une adresse web presque seule, une étiquette ou un titre courant en capitales, la fin "
        "d'une phrase coupée par le début du passage ne sont jamais cités comme réponse "
        "(assistant/answer/units.py, boilerplate).",
        "generation.boilerplate",
    ),
    Rule(
        "neighbour",
        "Quand la fenêtre n'a pas ce que la question demande encore (l'autre moitié d'une "
        "question en deux parties, le chiffre après la phrase qui dit ce qu'il compte), une "
        "phrase du passage voisin de la même page la complète (assistant/answer/window.py, "
        "complete).",
        "generation.neighbours",
    ),
    Rule(
        "two_passages",
        "Quand les deux parties d'une question sont dans deux passages retrouvés, la phrase "
        "du second qui ajoute ce qui manque est citée avec son propre [n] "
        "(assistant/answer/window.py, complete).",
        "generation.two_passages",
    ),
    Rule(
        "focus",
        "Refus quand aucune phrase des meilleurs passages ne parle de l'objet de la question, "
        "son nom le plus rare (assistant/answer/focus.py, assistant/data/focus.toml).",
        "generation.focus",
    ),
)
BY_NAME = {r.name: r for r in RULES}


def without(settings: Settings, name: str) -> Settings:
    """The same settings with rule `name` switched off."""
    rule = BY_NAME.get(name)
    if rule is None:
        known = ", ".join(BY_NAME)
        raise ValueError(f"Règle inconnue : « {name} » (règles : {known}).")
    group, field = rule.setting.split(".")
    part = getattr(settings, group).model_copy(update={field: False})
    return settings.model_copy(update={group: part})
