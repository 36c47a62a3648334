"""The Dask path on a LocalCluster with 2 workers gives the rows of a single process."""
import pandas as pd
import pytest

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
distributed = pytest.importorskip("dask.distributed")

from claimlib import dask as cdask  # noqa: E402

PEOPLE = ["Lena Park", "Omar Haddad", "Ruth Ames", "Paul Otto", "Ana Lopes", "Ivo Rask"]
PLACES = ["the harbour", "the dam", "the bridge", "the school", "the market", "the station"]


def articles(n=36):
    out = []
    for i in range(n):
        who, where = PEOPLE[i % len(PEOPLE)], PLACES[(i // 2) % len(PLACES)]
        out.append(
            f"{where.capitalize()} reopened on day {i}.\n\n"
            f"\u201cWe expect {i * 10} visitors a week,\u201d said {who}, a council member.\n\n"
            f"Officials said that repairs at {where} had cost {i + 3} million.\n\n"
            f"{who.split()[1]} added that more work was planned."
        )
    return out


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def canonical(frame):
    return frame.sort_values(["file", "type", "id"]).reset_index(drop=True)


def test_local_cluster_equals_single_process(nlp, client, tmp_path):
    texts = articles()
    ids = [f"a{i:02d}" for i in range(len(texts))]
    single = cdask.rows(ids, texts)
    frame = pd.DataFrame({"doc": ids, "text": texts})
    quotes, claims = cdask.extract_frames(frame, id_column="doc", npartitions=4)
    distributed_rows = canonical(quotes.compute())
    assert len(distributed_rows) >= 3 * len(texts)
    pd.testing.assert_frame_equal(distributed_rows, canonical(single[single["type"] == "quote"]))
    assert len(claims.compute()) > 0 and claims.compute()["start"].notna().all()
    cdask.to_parquet(quotes, claims, str(tmp_path / "out"))
    back = canonical(pd.read_parquet(tmp_path / "out" / "quotes"))
    assert back["speaker_name"].tolist() == distributed_rows["speaker_name"].tolist()


def test_files_bag(nlp, client, tmp_path):
    for i, text in enumerate(articles(6)):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf8")
    quotes, _ = cdask.extract_frames(cdask.read_files(str(tmp_path / "*.txt")))
    got = quotes.compute()
    assert set(got["file"]) == {str(tmp_path / f"{i}.txt") for i in range(6)}
    assert "Lena Park" in set(got["speaker_name"].dropna())
