"""Roles a credit names indirectly: 'the eponymous hero' is the role named like the article's film."""

from __future__ import annotations

from reelwire.model import Article
from reelwire.process import process_article

TEXT = ("The film Night Orchard opens in May. The film Night Orchard stars Mara Quinn. Night Orchard was delayed.\n\n"
        "Mara Quinn said Night Orchard is out at the right time, despite making her debut as the eponymous hero "
        "a decade ago in the film Harbor Lights.\n")


def test_the_eponymous_role_is_named_like_the_main_film():
    facts = process_article(Article(source="roles.txt", text=TEXT)).facts
    roles = {(f.subject, f.qualifiers.get("character")) for f in facts if f.predicate == "cast_member" and f.object == "Mara Quinn"}
    assert ("Harbor Lights", "Night Orchard") in roles


def test_a_possessor_is_not_the_role():
    text = "The film Night Orchard opens in May.\n\nMara Quinn will play Theo Blackwood' code-cracking partner in Night Orchard.\n"
    facts = process_article(Article(source="roles2.txt", text=text)).facts
    roles = [f.qualifiers.get("character") for f in facts if f.predicate == "cast_member" and f.object == "Mara Quinn"]
    assert roles and not any(r and "Blackwood" in r for r in roles)
