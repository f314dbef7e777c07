"""« Question comprise » in good French: a swapped actor agrees with the article before it, an
everyday word replaced keeps its number, and a previous question that is no plausible question
(markup, oversized) is not carried into the next one."""

import pytest

from assistant.reading.question import plain_words, resolve, rewrite_followup

HOW_MANY = "Combien d'entreprises ont un partenariat ?"


@pytest.mark.parametrize(
    "previous, followup, understood",
    [
        # d' before a vowel, de before a consonant.
        (HOW_MANY, "et pour les collectivités ?", "Combien de collectivités ont un partenariat ?"),
        (HOW_MANY, "et les maires ?", "Combien de maires ont un partenariat ?"),
        (HOW_MANY, "et les habitants ?", "Combien d'habitants ont un partenariat ?"),
        ("Combien de maires ont un partenariat ?", "et les entreprises ?", HOW_MANY),
        ("Combien de maires ont un partenariat ?", "et les associations ?", "Combien d'associations ont un partenariat ?"),
        # A singular actor (no actor of the list): the follow-up is asked after it, as typed.
        ("Quel est le rôle du chef d'entreprise ?", "et les maires ?", "Quel est le rôle du dirigeant d'entreprise — les maires ?"),
        # Unchanged where the article already fits.
        ("Que pensent les maires des partenariats ?", "et les entreprises ?", "Que pensent les entreprises des partenariats ?"),
        ("Que pensent des élus des partenariats ?", "et les entreprises ?", "Que pensent des entreprises des partenariats ?"),
    ],
)  # fmt: skip
def test_swapped_actor_agrees_with_its_article(previous, followup, understood):
    assert resolve(followup, [previous]).text == understood


@pytest.mark.parametrize(
    "typed, plain",
    [
        ("Que fait la mairie de Lyon ?", "Que fait la commune de Lyon ?"),
        ("Les mairies aident-elles les assos ?", "Les communes aident-elles les associations ?"),
        ("Une asso peut-elle aider une boîte ?", "Une association peut-elle aider une entreprise ?"),
        ("Que pense mon patron ?", "Que pense mon dirigeant d'entreprise ?"),
        ("Que pensent les patrons ?", "Que pensent les dirigeants d'entreprises ?"),
        ("Et le chef d'entreprise ?", "Et le dirigeant d'entreprise ?"),
        ("Les boîtes bougent-elles ?", "Les entreprises sont-elles en mouvement ?"),
        ("Ma boîte peut-elle aider une asso ?", "Mon entreprise peut-elle aider une association ?"),
        ("Est-ce que ça bouge chez les maires ?", "Est-ce que c'est en mouvement chez les maires ?"),
        ("Leur commune bouge-t-elle ?", "Leur commune est-elle en mouvement ?"),
        ("Les maires trouvent que leur commune bouge", "Les maires trouvent que leur commune est en mouvement"),
        # Words typed as in a message, and everyday words for money, work and founding.
        ("C koi le RAMEAU ?", "c'est quoi le RAMEAU ?"),
        ("en 2020 ya combien de maires ?", "en 2020 il y a combien de maires ?"),
        ("il y a combien de maires ?", "il y a combien de maires ?"),
        ("le fonds c'est combien de thunes et qui l'a monté ?", "le fonds c'est combien de financement et qui l'a créé ?"),
        ("les assos ont le devoir de bosser ensemble ?", "les associations ont le devoir de travailler ensemble ?"),
        ("le boulot ou la sécu ?", "l'emploi ou la sécurité ?"),
        ("le fonds il a combien de sous ?", "le fonds il a combien de financement ?"),
        ("sous quelle forme ?", "sous quelle forme ?"),
        ("et l'AFD elle met combien dedans ?", "et l'AFD elle apporte combien de financement dedans ?"),
        ("ils mettent combien dans le projet ?", "ils apporte combien de financement dans le projet ?"),
        ("on met combien de temps ?", "on met combien de temps ?"),
        ("et l'AFD elle met cb ?", "et l'AFD elle apporte combien de financement ?"),
    ],
)  # fmt: skip
def test_everyday_words_keep_their_number(typed, plain):
    assert plain_words(typed) == plain


@pytest.mark.parametrize(
    "previous",
    [
        '<img src=x onerror="alert(1)"> Combien d\'entreprises ont un partenariat ?',
        "Combien d'entreprises ont un partenariat ? " + "vraiment " * 60,
        "<script>fetch('/api/ask')</script>",
    ],
)
def test_hostile_or_oversized_question_is_no_context(previous):
    assert rewrite_followup("et pour les maires ?", [previous]).text == "et pour les maires ?"
    assert resolve("et en 2012 ?", [previous]).text == "et en 2012 ?"
