"""Past one machine: claimlib on Dask (``pip install "claimlib[dask]"``).

The pipeline is loaded once per worker process and reused for every partition; quotes and claims
come back as Dask DataFrames with the columns of the CSV export (``claimlib.export.CSV_FIELDS``,
``file`` holding each document's id), ready for ``to_parquet``. The same calls run on a local
cluster or a multi-machine one: only the ``dask.distributed.Client`` differs.
"""
from __future__ import annotations

import glob as _glob
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from spacy.language import Language

from . import export
from .api import extract_many
from .pipeline import load

_PIPELINES: Dict[Optional[str], Language] = {}


def worker_nlp(model: Optional[str] = None) -> Language:
    """The pipeline for this process, loaded on first use (once per worker, not per task)."""
    if model not in _PIPELINES:
        _PIPELINES[model] = load(model)
    return _PIPELINES[model]


def _empty() -> pd.DataFrame:
    return pd.DataFrame({f: pd.Series(dtype=t) for f, t in export.dtypes().items()})


def rows(ids: List[str], texts: List[str], model: Optional[str] = None, batch_size: int = 32) -> pd.DataFrame:
    """Quote and claim rows (column ``type``) of some documents, in one process."""
    out = []
    for doc_id, article in zip(ids, extract_many(texts, nlp=worker_nlp(model), batch_size=batch_size)):
        out.extend(export.csv_rows(doc_id, article))
    frame = pd.DataFrame(out, columns=export.CSV_FIELDS) if out else _empty()
    return frame.astype(export.dtypes())


def _partition(part: pd.DataFrame, text_column: str, id_column: Optional[str], model: Optional[str], batch_size: int) -> pd.DataFrame:
    ids = part[id_column].astype(str).tolist() if id_column else [str(i) for i in part.index]
    return rows(ids, part[text_column].tolist(), model, batch_size)


def extract_frames(texts, text_column: str = "text", id_column: Optional[str] = None, model: Optional[str] = None,
                   batch_size: int = 32, npartitions: int = 4) -> Tuple[dd.DataFrame, dd.DataFrame]:
    """(quotes, claims) DataFrames for a Dask or pandas DataFrame with a text column, or a Dask bag of
    ``(id, text)`` pairs."""
    if isinstance(texts, db.Bag):
        texts = texts.to_dataframe(meta={id_column or "id": "object", text_column: "object"})
        id_column = id_column or "id"
    elif isinstance(texts, pd.DataFrame):
        texts = dd.from_pandas(texts, npartitions=npartitions)
    both = texts.map_partitions(_partition, text_column, id_column, model, batch_size, meta=_empty())
    return both[both["type"] == "quote"], both[both["type"] == "claim"]


def read_files(pattern: str, npartitions: Optional[int] = None) -> db.Bag:
    """A bag of ``(path, text)`` for the UTF-8 files matching a glob pattern."""
    paths = sorted(_glob.glob(pattern, recursive=True))
    return db.from_sequence(paths, npartitions=npartitions or max(1, min(len(paths), 16))).map(
        lambda p: (p, Path(p).read_text(encoding="utf8")))


def to_parquet(quotes: dd.DataFrame, claims: dd.DataFrame, folder: str) -> None:
    """Write ``folder/quotes`` and ``folder/claims`` as Parquet datasets."""
    quotes.to_parquet(str(Path(folder) / "quotes"), write_index=False)
    claims.to_parquet(str(Path(folder) / "claims"), write_index=False)
