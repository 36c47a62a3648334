"""The HTML view of one Article: a self-contained page (no network) of who said what.

Each quote is highlighted in its speaker's colour, cue words are marked, numeric claims underlined
(hover for their details), and a side list shows every speaker with roles, mention count and quotes;
clicking a speaker highlights everything they said. ``page.html#speaker-2`` opens with speaker 2
selected.
"""
from __future__ import annotations

import html
import json
from typing import Dict, List, Optional, Tuple

from .types import Article

PALETTE = ("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
           "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#d9d9d9")
NO_SPEAKER = "#e8e8e8"

CSS = """
body{font-family:Georgia,serif;margin:0;color:#222;background:#fafafa}
header{padding:.6em 1.2em;background:#333;color:#fff;font-family:sans-serif}
main{display:flex;gap:1.5em;padding:1em 1.2em}
#text{flex:3;white-space:pre-wrap;line-height:1.6;background:#fff;padding:1em;border:1px solid #ddd}
aside{flex:1;font-family:sans-serif;font-size:.9em;min-width:16em}
.q{border-radius:3px;padding:0 1px}
.q.dim{opacity:.35}
.q.hl{outline:2px solid #000}
.cue{font-weight:bold;text-decoration:none;border-bottom:2px solid #333;background:none}
.mention{font-style:italic}
.mention.hl{outline:2px dashed #000}
.claim{text-decoration:underline wavy #c00;cursor:help}
#speakers{list-style:none;padding:0}
.speaker{border-left:8px solid;margin:.4em 0;padding:.3em .5em;background:#fff;cursor:pointer}
.speaker.active{background:#ffe;box-shadow:0 0 0 2px #000}
.speaker .kind,.speaker .roles,.speaker .count{color:#555;font-size:.85em}
.speaker ol{margin:.3em 0 0 1.2em;padding:0;display:none}
.speaker.active ol{display:block}
"""

SCRIPT = """
(function(){
  function select(id){
    var items=document.querySelectorAll('.speaker');
    var on=null;
    items.forEach(function(li){
      var mine=li.getAttribute('data-speaker')===id && !li.classList.contains('active');
      li.classList.toggle('active',mine); if(mine){on=id;}
    });
    document.querySelectorAll('.q,.mention').forEach(function(el){
      var ids=(el.getAttribute('data-speakers')||'').split(' ');
      var hit=on!==null && ids.indexOf(on)>=0;
      el.classList.toggle('hl',hit);
      el.classList.toggle('dim',on!==null && !hit && el.classList.contains('q'));
    });
    document.body.setAttribute('data-selected',on===null?'':on);
  }
  document.querySelectorAll('.speaker').forEach(function(li){
    li.addEventListener('click',function(){select(li.getAttribute('data-speaker'));});
  });
  var m=/^#speaker-(\\d+)$/.exec(location.hash);
  if(m){var li=document.querySelector('.speaker[data-speaker="'+m[1]+'"]'); if(li){li.click();}}
})();
"""


def colour(speaker_id: Optional[int]) -> str:
    return NO_SPEAKER if speaker_id is None else PALETTE[speaker_id % len(PALETTE)]


def _layers(article: Article) -> List[Tuple[int, int, Dict[str, object]]]:
    """Cut the text where any quote, cue, mention or claim starts or ends; say what covers each piece."""
    marks = {0, len(article.text)}
    quotes = [(q.content.start, q.content.end, q) for q in article.quotes]
    cues = [(q.cue.start, q.cue.end) for q in article.quotes if q.cue]
    mentions = [(m.start, m.end, s.id) for s in article.speakers for m in s.mentions]
    claims = [(c.text.start, c.text.end, c) for c in article.claims]
    for a, b, *_ in quotes + [(a, b) for a, b in cues] + mentions + claims:
        marks.update((a, b))
    cuts = sorted(marks)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((q for s, e, q in quotes if s <= a and b <= e), key=lambda q: q.content.end - q.content.start)
        out.append((a, b, {
            "quotes": covering,
            "cue": any(s <= a and b <= e for s, e in cues),
            "mention": [sid for s, e, sid in mentions if s <= a and b <= e],
            "claims": [c for s, e, c in claims if s <= a and b <= e],
        }))
    return out


def _piece(text: str, info: Dict[str, object]) -> str:
    body = html.escape(text)
    if info["cue"]:
        body = f'<mark class="cue">{body}</mark>'
    for claim in info["claims"]:  # type: ignore[union-attr]
        detail = {k: v for k, v in claim.to_dict().items() if k != "text" and v not in (None, [])}
        body = f'<span class="claim" title="{html.escape(json.dumps(detail, ensure_ascii=False))}">{body}</span>'
    if info["mention"]:
        ids = " ".join(str(i) for i in info["mention"])  # type: ignore[union-attr]
        body = f'<span class="mention" data-speakers="{ids}">{body}</span>'
    quotes = info["quotes"]
    if quotes:
        inner = quotes[0]  # type: ignore[index]
        speakers = " ".join(sorted({str(q.speaker) for q in quotes if q.speaker is not None}))  # type: ignore[union-attr]
        qids = " ".join(str(q.id) for q in quotes)  # type: ignore[union-attr]
        body = (f'<span class="q {inner.kind}" data-quotes="{qids}" data-speakers="{speakers}" '
                f'style="background:{colour(inner.speaker)}" title="{inner.kind}">{body}</span>')
    return body


def render(article: Article, title: str = "claimlib") -> str:
    """The whole page as a string."""
    text = "".join(_piece(article.text[a:b], info) for a, b, info in _layers(article))
    items = []
    for s in article.speakers:
        said = "".join(f"<li>{html.escape(' '.join(q.content.text.split()))}</li>" for q in article.quotes_by(s.id))
        roles = f'<div class="roles">{html.escape("; ".join(s.roles))}</div>' if s.roles else ""
        n_quotes = len(article.quotes_by(s.id))
        items.append(
            f'<li class="speaker" id="speaker-{s.id}" data-speaker="{s.id}" style="border-color:{colour(s.id)}">'
            f'<b class="name">{html.escape(s.name)}</b> <span class="kind">{s.kind}</span>{roles}'
            f'<div class="count">{len(s.mentions)} mention{"s" if len(s.mentions) != 1 else ""}, '
            f'{n_quotes} quote{"s" if n_quotes != 1 else ""}</div><ol>{said}</ol></li>'
        )
    unattributed = sum(1 for q in article.quotes if q.speaker is None)
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body data-selected=\"\">"
        f"<header>{html.escape(title)} — {len(article.quotes)} quotes, {len(article.speakers)} speakers, "
        f"{len(article.claims)} claims</header><main><article id=\"text\">{text}</article>"
        f"<aside><h2>Speakers</h2><ul id=\"speakers\">{''.join(items)}</ul>"
        f"<p class=\"count\">{unattributed} quote{'s' if unattributed != 1 else ''} without a speaker</p></aside></main>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )
