"""A day or a month without its year takes the year of the story told before it."""

from __future__ import annotations

from datetime import date

import pytest

from c5facts import Extractor

REF = date(2017, 1, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story moves forward from a date whose year is written
        (
            "Le paquebot a quitté Brest le 10 avril 1912. Le 14 avril, il a sombré.",
            [("le 10 avril 1912", "1912-04-10"), ("Le 14 avril", "1912-04-14")],
        ),
        (
            "En mars 1999, elle a été élue. Le 3 mai, elle a démissionné.",
            [("mars 1999", "1999-03"), ("Le 3 mai", "1999-05-03")],
        ),
        # the historical present, and a month on the second side of a range
        (
            "Le navire appareille le 10 avril 1912. Dans la nuit du 14 au 15 avril, il coule.",
            [("le 10 avril 1912", "1912-04-10"), ("la nuit du 14 au 15 avril", "1912-04-14TNI")],
        ),
        # each date carried over moves the story on
        (
            "Le 10 avril 1912, il est parti. Le 2 juin, l'enquête a commencé. Le 20 août,"
            " elle a conclu.",
            [
                ("Le 10 avril 1912", "1912-04-10"),
                ("Le 2 juin", "1912-06-02"),
                ("Le 20 août", "1912-08-20"),
            ],
        ),
        # a season with its year sets the story's time, from its first month; a length
        # between does not end the story
        (
            "À l'automne 1938, il quitte Berlin, deux semaines avant les pogroms du 9 novembre.",
            [("l'automne 1938", "1938-FA"), ("deux semaines", "P2W"), ("9 novembre", "1938-11-09")],
        ),
        (
            "Au printemps 1945, les troupes avancent. Le 8 mai, l'Allemagne capitule.",
            [("printemps 1945", "1945-SP"), ("Le 8 mai", "1945-05-08")],
        ),
        # winter straddles two years: "l'hiver 1956" sets no story's time
        (
            "L'hiver 1956 a été rude. Le 14 février, la Seine a gelé.",
            [("L'hiver 1956", "1956-WI"), ("Le 14 février", "2016-02-14")],
        ),
        # a date before the story's time, or far after it, is the paper's
        (
            "Le naufrage a eu lieu le 15 avril 1912. Le film a été diffusé le 1er janvier.",
            [("le 15 avril 1912", "1912-04-15"), ("le 1er janvier", "2017-01-01")],
        ),
        # a bare year sets no story's time; "hier" brings the story back to the paper's
        (
            "Il a été élu en 2008. Le 3 décembre, il a démissionné.",
            [("2008", "2008"), ("Le 3 décembre", "2016-12-03")],
        ),
        (
            "Le 10 décembre 1912, il est parti. Hier, le 2 janvier, on l'a commémoré.",
            [
                ("Le 10 décembre 1912", "1912-12-10"),
                ("Hier", "2017-01-02"),
                ("le 2 janvier", "2017-01-02"),
            ],
        ),
    ],
)
def test_story_year(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(d.text, d.value) for d in article.dates] == expected


def test_new_paragraph_ends_the_story(extractor: Extractor) -> None:
    text = "Le paquebot a quitté Brest le 10 avril 1912.\n\nLe 14 avril, le musée rouvrira."
    article = extractor.extract(text, reference_date=REF)
    assert [d.value for d in article.dates] == ["1912-04-10", "2017-04-14"]
