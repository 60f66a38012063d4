"""The example notebook under docs/ runs from top to bottom on the seed and a few pages."""

from __future__ import annotations

import pytest

from conftest import ROOT

nbformat = pytest.importorskip("nbformat", reason="nbformat is in the test extra")
nbclient = pytest.importorskip("nbclient", reason="nbclient is in the test extra")


def test_the_example_notebook_runs() -> None:
    notebook = nbformat.read(ROOT / "docs" / "example.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    first = outputs[0]["data"]
    assert "<table>" in first["text/html"]  # the list of embeds as a table
    assert "tweetembed-card" in outputs[1]["data"]["text/html"]  # one embed as a card
    assert "Author(name='NASA', handle='NASA')" in outputs[2]["data"]["text/plain"]
