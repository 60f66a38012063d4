"""The example notebook under docs/ runs from top to bottom on the seed and a few pages,
from docs/ (where Jupyter starts), and keeps its outputs for readers who do not run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT

nbformat = pytest.importorskip("nbformat", reason="nbformat is in the test extra")
nbclient = pytest.importorskip("nbclient", reason="nbclient is in the test extra")

NOTEBOOK = ROOT / "docs" / "example.ipynb"


def _outputs(notebook: object) -> list[object]:
    cells = notebook.cells  # type: ignore[attr-defined]
    return [o for cell in cells if cell.cell_type == "code" for o in cell.outputs]


@pytest.mark.parametrize("folder", [ROOT / "docs", ROOT], ids=["docs", "root"])
def test_the_example_notebook_runs(folder: Path) -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    )
    client.execute()
    outputs = _outputs(notebook)
    assert not [o for o in outputs if o.output_type == "error"]
    first = outputs[0]["data"]
    assert "<table>" in first["text/html"]  # the list of embeds as a table
    assert "tweetembed-card" in outputs[1]["data"]["text/html"]  # one embed as a card
    assert "Author(name='NASA', handle='NASA')" in outputs[2]["data"]["text/plain"]


def test_the_saved_notebook_keeps_its_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.outputs for cell in code)
    outputs = _outputs(notebook)
    assert "Author(name='NASA', handle='NASA')" in outputs[2]["data"]["text/plain"]
    # No path of the machine that ran it.
    assert "/work/" not in NOTEBOOK.read_text("utf-8")
