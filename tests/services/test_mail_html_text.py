"""An HTML-only message is logged as the text a person reads in it (tester): its markup,
scripts, styles and tracking images were stored as they came. Read by the standard
library's tokenizer, which runs and fetches nothing; hostile markup (an unclosed script,
capitals, a `javascript:` link, comments) leaves no code behind."""

from __future__ import annotations

from agencia.services.communications import mime
from agencia.services.communications.html_text import html_to_text


def _mail(html: str, alternative: str = "") -> bytes:
    head = "From: ana@cafe-madrid.es\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
    if not alternative:
        head += "Content-Type: text/html; charset=utf-8\r\n\r\n"
        return (head + html + "\r\n").encode()
    head += 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
    parts = [
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + alternative,
        "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html,
        "--b--\r\n",
    ]
    return (head + "\r\n".join(parts)).encode()


def test_an_html_only_message_is_kept_as_its_text() -> None:
    html = (
        "<HTML><BODY><IMG SRC=http://tracker.example/t.gif>"
        "<SCRIPT>document.write('x')</SCRIPT><!-- hidden -->"
        "<H1>Propuesta</H1><P>Estimada Ana:<BR>adjunto &amp; enlace "
        "<A HREF='javascript:alert(1)'>pulse</A> y <a href='mailto:ana@cafe.es'>escríbanos</a>"
        "</P><table><tr><td>Total</td><td>1.250 €</td></tr></table>"
        "<pre>  línea 1\n  línea 2</pre></BODY></HTML>"
    )
    text = mime.parse(_mail(html)).text
    assert text == (
        "Propuesta\n\nEstimada Ana:\nadjunto & enlace pulse y escríbanos (ana@cafe.es)"
        "\n\nTotal  1.250 €\n\nlínea 1\nlínea 2"
    )


def test_an_unclosed_script_or_style_takes_nothing_with_it() -> None:
    assert html_to_text("<p>Hola</p><script>var a = '</p>'; steal()") == "Hola"
    assert html_to_text("<style>p { x }<p>nunca</p>") == ""
    assert html_to_text("<svg><text>dibujo</text></svg>Texto") == "Texto"


def test_the_plain_part_is_preferred_when_there_is_one() -> None:
    assert mime.parse(_mail("<p>HTML</p>", alternative="Texto llano")).text.strip() == (
        "Texto llano"
    )
