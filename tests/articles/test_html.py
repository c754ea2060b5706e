"""HTML pages: boilerplate removal, titles, explicit dates only, charsets, pages without text."""
from __future__ import annotations

import json
from datetime import date

from newsevents.articles import iter_articles
from newsevents.core.enums import Outcome
from newsevents.core.records import Article, ArticleOutcome

BODY = ("<p>A car bomb exploded outside the provincial governor's office on Tuesday morning, killing at least "
        "seven people and wounding twenty others, police officials said.</p>"
        "<p>No group immediately claimed responsibility for the attack, the third in the city this month.</p>")


def page(head: str = "", body: str = BODY, footer: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>Car bomb kills seven</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Car bomb kills seven</h1>"
            f"{body}</article><footer>{footer}</footer></body></html>")


def one(path, settings, **kw):
    items = list(iter_articles([str(path)], settings=settings, **kw))
    assert len(items) == 1
    return items[0]


def test_html_text_title_and_meta_date(tmp_path, settings):
    p = tmp_path / "a.html"
    p.write_text(page('<meta property="article:published_time" content="2019-03-15T10:00:00Z">'))
    a = one(p, settings)
    assert isinstance(a, Article) and a.id == str(p)
    assert "car bomb exploded outside the provincial governor's office" in a.text
    assert "Home" not in a.text and "<p>" not in a.text
    assert a.title == "Car bomb kills seven"
    assert a.published == date(2019, 3, 15)


def test_html_time_element_date(tmp_path, settings):
    p = tmp_path / "a.htm"
    p.write_text(page(body='<time datetime="2020-05-02T08:00">May 2</time>' + BODY))
    assert one(p, settings).published == date(2020, 5, 2)


def test_html_jsonld_date(tmp_path, settings):
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "x", "datePublished": "2021-07-09T08:00:00+02:00"}]})
    p = tmp_path / "a.html"
    p.write_text(page(f'<script type="application/ld+json">{ld}</script>'))
    assert one(p, settings).published == date(2021, 7, 9)


def test_copyright_year_never_becomes_january_first(tmp_path, settings):
    p = tmp_path / "a.html"
    p.write_text(page(footer="&copy; 2024 Example News. All rights reserved. Updated 2024."))
    a = one(p, settings)
    assert isinstance(a, Article) and a.published is None


def test_explicit_january_first_is_kept(tmp_path, settings):
    p = tmp_path / "a.html"
    p.write_text(page('<meta name="date" content="2024-01-01">'))
    assert one(p, settings).published == date(2024, 1, 1)


def test_published_argument_overrides_page(tmp_path, settings):
    p = tmp_path / "a.html"
    p.write_text(page('<meta property="article:published_time" content="2019-03-15">'))
    assert one(p, settings, published=date(2019, 3, 20)).published == date(2019, 3, 20)


def test_short_page_falls_back_to_body_text(tmp_path, settings):
    p = tmp_path / "short.html"
    p.write_text("<html><head><style>p{color:red}</style></head><body><script>var x = 1;</script>"
                 "<div>Gunmen killed two.</div></body></html>")
    a = one(p, settings)
    assert isinstance(a, Article)
    assert "Gunmen killed two." in a.text and "var x" not in a.text and "color" not in a.text


def test_scripts_and_styles_only_is_skipped(tmp_path, settings):
    p = tmp_path / "js.html"
    p.write_text("<html><head><style>body{margin:0}</style><script>var a=1;</script></head>"
                 "<body><script>document.write('hi')</script><noscript></noscript></body></html>")
    o = one(p, settings)
    assert isinstance(o, ArticleOutcome)
    assert (o.outcome, o.reason, o.article_id) == (Outcome.SKIPPED, "no text after HTML removal", str(p))


def test_declared_meta_charset_is_honoured(tmp_path, settings):
    p = tmp_path / "latin.html"
    html = page('<meta charset="iso-8859-1">', body="<p>" + "Une bombe a explosé près du café, tuant sept "
                "personnes et blessant vingt autres, selon la police. " * 3 + "</p>")
    p.write_bytes(html.encode("latin-1"))
    a = one(p, settings)
    assert isinstance(a, Article) and "explosé près du café" in a.text


def test_undeclared_latin1_html_is_undecodable(tmp_path, settings):
    p = tmp_path / "latin.html"
    p.write_bytes(page(body="<p>Explosé près du café.</p>").encode("latin-1"))
    o = one(p, settings)
    assert isinstance(o, ArticleOutcome) and o.reason == "undecodable bytes (not UTF-8)"


def test_empty_html_file_skipped(tmp_path, settings):
    p = tmp_path / "e.html"
    p.write_text("")
    o = one(p, settings)
    assert isinstance(o, ArticleOutcome) and o.reason == "empty text"


def test_jsonl_html_record(tmp_path, settings):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "h1", "html": page('<meta name="pubdate" content="2018-06-01">'),
                             "url": "https://example.org/x"}) + "\n"
                 + json.dumps({"id": "h2", "html": "<html><body><script>x()</script></body></html>"}) + "\n")
    a, o = list(iter_articles([str(p)], settings=settings))
    assert isinstance(a, Article) and a.id == "h1" and a.published == date(2018, 6, 1)
    assert a.title == "Car bomb kills seven" and a.url == "https://example.org/x"
    assert isinstance(o, ArticleOutcome) and (o.article_id, o.reason) == ("h2", "no text after HTML removal")


def test_jsonl_title_overrides_page_title(tmp_path, settings):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "h1", "html": page(), "title": "Given title"}) + "\n")
    [a] = list(iter_articles([str(p)], settings=settings))
    assert a.title == "Given title"


def test_year_only_metadata_is_not_a_date(tmp_path, settings):
    p = tmp_path / "a.html"
    p.write_text(page('<meta property="article:published_time" content="2024">'
                      '<meta name="date" content="January 2024">', footer="<time>2024</time>"))
    a = one(p, settings)
    assert isinstance(a, Article) and a.published is None


def test_latin1_label_decoded_as_windows_1252(tmp_path, settings):
    p = tmp_path / "cp.html"
    text = "\u201cWe will respond,\u201d the minister said after gunmen stormed the parliament building. " * 3
    p.write_bytes(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
                       body=f"<p>{text}</p>").encode("cp1252"))
    a = one(p, settings)
    assert isinstance(a, Article) and "\u201cWe will respond,\u201d" in a.text


def test_utf16_label_on_utf8_bytes_is_ignored(tmp_path, settings):
    p = tmp_path / "u.html"
    p.write_bytes(page('<meta charset="utf-16">', body="<p>" + "Explosé près du café, tuant sept "
                       "personnes et blessant vingt autres, selon la police. " * 3 + "</p>").encode("utf-8"))
    a = one(p, settings)
    assert isinstance(a, Article) and "Explosé près du café" in a.text


def test_guessed_january_first_refused_unless_written():
    from newsevents.articles.html import accept_guessed_date
    assert accept_guessed_date("2024-01-01", "<footer>&copy; 2024</footer>") is None
    assert accept_guessed_date("2024-01-01", '<span data-d="2024/01/01">') == date(2024, 1, 1)
    assert accept_guessed_date("2024-03-05", "<p>x</p>") == date(2024, 3, 5)
    assert accept_guessed_date(None, "<p>x</p>") is None
