"""The claim model: sentences, clauses, figures inside spans, roles, measure/subject/period."""

from __future__ import annotations

from factlint.claims import analyse_text, split_sentences


def test_sentences_split_on_terminators_and_lines():
    text = "全年粮食产量增长2%。工业增加值增长5.1%！\n  新建公路326公里？“好。”最后一句"
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "全年粮食产量增长2%。", "工业增加值增长5.1%！", "新建公路326公里？", "“好。”", "最后一句"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_clauses_know_their_sentence_and_keep_digit_commas():
    c = analyse_text("新建公路326公里，道路1,085公里；合计1,411公里。其中：绿道47公里")
    assert [x.text for x in c.clauses] == ["新建公路326公里", "道路1,085公里", "合计1,411公里。", "其中", "绿道47公里"]
    assert c.clauses[1].sentence is c.sentences[0]
    assert c.clauses[1].sep == "；"
    assert c.clauses[4].sentence is c.sentences[1]
    assert c.clauses_of(c.sentences[1]) == c.clauses[3:5]
    assert c.sentence_at(c.text.index("道路")) is c.sentences[0]
    assert c.clause_at(c.text.index("绿道")).text == "绿道47公里"
    assert c.clause_at(c.text.index("，")) is None


def test_blank_text():
    c = analyse_text("  \n\n ")
    assert c.sentences == [] and c.clauses == []
