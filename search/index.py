"""The full-text index in the database itself, written in the same transaction as the document.

SQLite uses FTS5 (unicode61 tokens, diacritics folded); PostgreSQL uses a GIN index over
``to_tsvector('simple', text)`` on the pages table. Both answer the same ``search`` call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.models import Document

SNIPPET_TOKENS = 16


@dataclass(frozen=True)
class Hit:
    document_id: int
    page: int
    score: float
    snippet: str


def index_document(session: Session, document: Document) -> None:
    """Add the document's pages to the index (PostgreSQL indexes the pages table itself)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    session.flush()
    for page in document.pages:
        session.execute(
            text("INSERT INTO search_fts (body, document_id, page) VALUES (:body, :doc, :page)"),
            {"body": page.text, "doc": document.id, "page": page.number},
        )


def _fts5_query(query: str) -> str:
    """Plain words become quoted FTS5 terms (prefix-matched), so user input is never syntax."""
    words = re.findall(r"\w+", query)
    return " ".join(f'"{word}"*' for word in words)


def _search_sqlite(session: Session, query: str, limit: int) -> list[Hit]:
    match = _fts5_query(query)
    if not match:
        return []
    rows = session.execute(
        text(
            "SELECT document_id, page, bm25(search_fts) AS rank, "
            f"snippet(search_fts, 0, '[', ']', '…', {SNIPPET_TOKENS}) "
            "FROM search_fts WHERE search_fts MATCH :match ORDER BY rank LIMIT :limit"
        ),
        {"match": match, "limit": limit * 5},
    ).all()
    return _best_page_per_document(
        [Hit(int(r[0]), int(r[1]), -float(r[2]), r[3]) for r in rows], limit
    )


def _search_postgres(session: Session, query: str, limit: int) -> list[Hit]:
    rows = session.execute(
        text(
            "SELECT document_id, number, ts_rank(to_tsvector('simple', text), q) AS rank, "
            "ts_headline('simple', text, q, 'StartSel=[,StopSel=],MaxWords=16,MinWords=6') "
            "FROM pages, websearch_to_tsquery('simple', :query) AS q "
            "WHERE to_tsvector('simple', text) @@ q ORDER BY rank DESC LIMIT :limit"
        ),
        {"query": query, "limit": limit * 5},
    ).all()
    return _best_page_per_document(
        [Hit(int(r[0]), int(r[1]), float(r[2]), r[3]) for r in rows], limit
    )


def _best_page_per_document(hits: list[Hit], limit: int) -> list[Hit]:
    best: dict[int, Hit] = {}
    for hit in hits:
        if hit.document_id not in best:
            best[hit.document_id] = hit
    return list(best.values())[:limit]


def search(session: Session, query: str, limit: int = 20) -> list[Hit]:
    if session.get_bind().dialect.name == "sqlite":
        return _search_sqlite(session, query, limit)
    return _search_postgres(session, query, limit)
