"""The command palette (ctrl+p): jump to a document or a sentence, run export or stats."""

from __future__ import annotations

import asyncio
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from annotator.db.connection import connect
from annotator.domain import navigation as nav
from annotator.ui.widgets.literal import literal, visible


class CorpusCommands(Provider):
    """Documents by title, sentences by full-text search, and the tool's commands.
    Queries run in a thread on the provider's own connection."""

    async def startup(self) -> None:
        self._db = await asyncio.to_thread(connect, self.app.db_path)

    async def shutdown(self) -> None:
        await asyncio.to_thread(self._db.close)

    def _commands(self) -> list[tuple[str, str, object]]:
        return [
            ("Export labels to JSONL", "write exports/<time>.jsonl",
             self.app.action_export_labels),
            ("Show stats", "progress by document, label and reviewer",
             self.app.action_show_stats),
            ("Show dashboard", "progress over time, labels per hour, agreement, disputes",
             self.app.action_dashboard),
        ]

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
        if len(query.strip()) < 2:
            return
        documents = await asyncio.to_thread(nav.find_documents, self._db, query, 10)
        for doc in documents:
            title = visible(doc.title or doc.id)
            yield Hit(0.9, literal(f"document: {title}"), partial(self._jump_document, doc.id),
                      text=f"document: {title}", help=visible(doc.outlet or ""))
        hits = await asyncio.to_thread(nav.search, self._db, query, 10)
        for hit in hits:
            text = visible(hit.sentence.text)
            yield Hit(0.5, literal(f"sentence: {text[:100]}"),
                      partial(self.app.jump_to, hit.sentence.id), text=f"sentence: {text}",
                      help=visible(hit.title or ""))

    def _jump_document(self, doc_id: str) -> None:
        sentence = nav.first_of_document(self.app.db, doc_id)
        if sentence is not None:
            self.app.jump_to(sentence.id)
