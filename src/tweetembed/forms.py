"""The names of how an embed is written (``form``) and of the escaping undone to
read it (``escaped``): shared by the stage that finds embeds and the records."""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["ESCAPES", "FORMS", "Escaped", "Form"]

Form = Literal[
    "blockquote", "rendered", "iframe", "element", "amp", "shortcode", "url", "markdown", "text"
]
Escaped = Literal["html", "json", "percent", "text", "base64"]
FORMS: tuple[Form, ...] = get_args(Form)
ESCAPES: tuple[Escaped, ...] = get_args(Escaped)
