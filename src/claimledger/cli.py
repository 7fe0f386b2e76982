"""The command line: each command parses input, calls the library and formats the result."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from .batch import analyze_many
from .config import Settings, load_settings
from .errors import ClaimLedgerError, InvalidDocument
from .export import export_csv, export_jsonl
from .ingest.sources import document_from_bytes, iter_paths, read_file, read_jsonl
from .model import Document


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    base: Settings = ctx.obj
    return base.replace(**overrides)


def _fail(exc: ClaimLedgerError) -> click.ClickException:
    return click.ClickException(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="TOML settings file.")
@click.option("--aliases", "alias_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra gazetteer YAML file (repeatable).")
@click.option("--registry", "source_registry", type=click.Path(exists=True, dir_okay=False),
              help="Source registry YAML merged over the bundled one.")
@click.option("--track-record/--no-track-record", default=None,
              help="Let each source's track record move its reliability letter when claims are graded.")
@click.version_option(package_name="claimledger")
@click.pass_context
def main(ctx: click.Context, config_file: str | None, alias_files: tuple[str, ...],
         source_registry: str | None, track_record: bool | None) -> None:
    """claimledger: a ledger of attributed, graded claims from news reports."""
    try:
        ctx.obj = load_settings(config_file, alias_files=alias_files or None, source_registry=source_registry,
                                track_record=track_record)
    except ClaimLedgerError as exc:
        raise _fail(exc) from exc


def _documents(paths: tuple[str, ...], input_file: str | None, settings: Settings, published: dt.date | None,
               publisher: str | None, failures: list[str] | None = None) -> Iterator[Document]:
    """Documents from every input. A bad file inside a directory is reported and skipped; a bad file named
    on the command line stops the run with its error."""
    if input_file:
        stream = sys.stdin if input_file == "-" else open(input_file, encoding="utf-8")  # noqa: SIM115
        with stream:
            yield from read_jsonl(stream, input_file, max_bytes=settings.max_document_bytes)
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            yield document_from_bytes(data, "<stdin>", max_bytes=settings.max_document_bytes, published=published,
                                      publisher=publisher)
            continue
        if raw.startswith(("http://", "https://")):
            yield from _url_documents(raw, settings, published, publisher)
            continue
        target = Path(raw)
        if not target.exists():
            raise InvalidDocument(f"{raw}: no such file or directory")
        for path in iter_paths(target):
            try:
                yield read_file(path, max_bytes=settings.max_document_bytes, published=published,
                                publisher=publisher)
            except InvalidDocument as exc:
                if not target.is_dir() or failures is None:
                    raise
                click.echo(f"skipped: {exc}", err=True)
                failures.append(str(exc))


def _url_documents(url: str, settings: Settings, published: dt.date | None,
                   publisher: str | None) -> Iterator[Document]:
    from .ingest.feeds import feed_documents, looks_like_feed, parse_feed
    from .ingest.fetch import fetch_url

    got = fetch_url(url, max_bytes=settings.max_document_bytes, allow_private=settings.allow_private_urls)
    if looks_like_feed(got.content, got.content_type):
        yield from feed_documents(parse_feed(got.content, url), url, publisher)
        return
    yield document_from_bytes(got.content, got.url, max_bytes=settings.max_document_bytes, published=published,
                              publisher=publisher, url=got.url)


_COMMON = [
    click.option("--published", help="Publication date (YYYY-MM-DD) for relative dates."),
    click.option("--publisher", help="Outlet name or domain."),
    click.option("--input", "input_file", type=click.Path(exists=True, dir_okay=False, allow_dash=True),
                 help="JSONL documents: {id, text, published?, publisher?, url?}; - = stdin"),
    click.option("-j", "--jobs", "n_process", type=click.IntRange(1, 64), help="Worker processes."),
]


def _common(f: Any) -> Any:
    for opt in reversed(_COMMON):
        f = opt(f)
    return f


@main.command()
@click.argument("files", nargs=-1)
@_common
@click.pass_context
def analyze(ctx: click.Context, files: tuple[str, ...], published: str | None, publisher: str | None,
            input_file: str | None, n_process: int | None) -> None:
    """Run the pure pipeline on FILES (or --input JSONL) and print one JSON object per document."""
    if not files and not input_file:
        raise click.UsageError("give at least one FILE, or --input docs.jsonl")
    settings = _settings(ctx, n_process=n_process)
    out = sys.stdout
    failures: list[str] = []
    try:
        docs = _documents(files, input_file, settings, _date(published), publisher, failures)
        for doc, obj in analyze_many(docs, settings):
            if "error" in obj:
                click.echo(f"analysis failed for {doc.path or doc.external_id or doc.id}: {obj['error']}", err=True)
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    except ClaimLedgerError as exc:
        raise _fail(exc) from exc


@main.command()
@click.argument("sources", nargs=-1)
@_common
@click.option("--db", help="Database URL or SQLite file (default: sqlite:///claimledger.db, or CLAIMLEDGER_DB).")
@click.option("--link/--no-link", default=True, show_default=True,
              help="Link new claims to stored ones across documents and regrade them.")
@click.option("--allow-private-urls", is_flag=True, default=None,
              help="Also fetch from private and loopback addresses (an intranet archive).")
@click.pass_context
def ingest(ctx: click.Context, sources: tuple[str, ...], published: str | None, publisher: str | None,
           input_file: str | None, n_process: int | None, db: str | None, link: bool,
           allow_private_urls: bool | None) -> None:
    """Analyse files, directories, URLs, feeds, - (stdin) or --input JSONL and store them, one transaction each."""
    from .store.repo import Store

    if not sources and not input_file:
        raise click.UsageError("give at least one FILE, DIR, URL or -, or --input docs.jsonl")
    settings = _settings(ctx, n_process=n_process, db=db, allow_private_urls=allow_private_urls)
    try:
        store = Store.open(settings.db)
        ctx.call_on_close(store.close)
        linker = _linker(settings) if link else None
        new = same = n_claims = n_links = 0
        failures: list[str] = []
        docs = _documents(sources, input_file, settings, _date(published), publisher, failures)
        for doc, obj in analyze_many(docs, settings):
            if "error" in obj:
                failures.append(f"{doc.path or doc.external_id or doc.id}: {obj['error']}")
                click.echo(f"not stored: {failures[-1]}", err=True)
                continue
            res = store.save(doc, obj)
            if res.created and linker is not None:
                n_links += linker(store, res.document_id).relations
            new += res.created
            same += not res.created
            n_claims += res.claims
        totals = store.counts()
    except ClaimLedgerError as exc:
        raise _fail(exc) from exc
    click.echo(f"ingested {new} new document(s), {same} unchanged, {len(failures)} failed; {n_claims} new claim(s), "
               f"{n_links} link(s) across documents. "
               f"Store: {totals['documents']} documents, {totals['claims']} claims ({settings.db})", err=True)
    if failures:
        ctx.exit(1)


def _linker(settings: Settings) -> Any:
    from .grade.registry import load_registry
    from .grade.track_record import TrackRecordPolicy
    from .link.embed import default_embedder
    from .resolve.gazetteer import load_gazetteer
    from .store.ledger import update_ledger

    embedder = default_embedder()
    gazetteer = load_gazetteer(tuple(settings.alias_files))
    registry = load_registry(settings.source_registry)
    policy = TrackRecordPolicy(enabled=settings.track_record, min_settled=settings.track_record_min_settled)
    return lambda store, doc_id: update_ledger(store, doc_id, embedder, gazetteer, registry, policy)


def _open_store(ctx: click.Context, db: str | None) -> Any:
    from .store.repo import Store

    try:
        store = Store.open(_settings(ctx, db=db).db)
    except ClaimLedgerError as exc:
        raise _fail(exc) from exc
    ctx.call_on_close(store.close)
    return store


def _short(name: str | None) -> str | None:
    """"Main Directorate of Intelligence of Ukraine (GUR)" -> "GUR" for narrow table columns."""
    if name and name.endswith(")") and "(" in name:
        return name[name.rindex("(") + 1:-1]
    return name


@main.command()
@click.option("--db", help="Database URL or SQLite file.")
@click.option("--source", help="Only claims whose source name or text contains this.")
@click.option("--stance", type=click.Choice(["asserts", "denies", "confirms"]))
@click.option("--limit", type=int)
@click.option("--reasons/--no-reasons", default=False, help="Show every grade's reasons.")
@click.pass_context
def claims(ctx: click.Context, db: str | None, source: str | None, stance: str | None, limit: int | None,
           reasons: bool) -> None:
    """The ledger as a readable table."""
    store = _open_store(ctx, db)
    width = max(100, shutil.get_terminal_size((140, 24)).columns)
    click.echo(f"{'GRADE':5} {'CLAIM':12} {'SOURCE':28} {'CUE':16} CONTENT")
    for c in store.iter_claims(source=source, stance=stance, limit=limit):
        src = c["source"]
        who = _short(src.get("name")) or src.get("text") or f"({src['kind']})"
        if src["kind"] in {"vague", "unattributed"}:
            who = f"{who} [{src['kind']}]" if src.get("name") else f"[{src['kind']}]"
        co_speakers = [_short(s.get("name")) or s.get("text") or "" for s in c.get("co_sources") or []]
        if co_speakers:  # a joint report
            who = " & ".join([who, *co_speakers])
        relays = ", ".join(_short(r["name"]) or "" for r in c.get("relayed_by") or [])
        if relays:
            who = f"{who} via {relays}"
        cue = (c.get("cue") or {}).get("text") or "-"
        stance_mark = {"denies": "DENIES: ", "confirms": "CONFIRMS: "}.get(c["stance"], "")
        content = stance_mark + " ".join(c["content"]["text"].split())
        click.echo(f"{c.get('grade') or '--':5} {c['id'][4:16]:12} {who[:28]:28} {cue[:16]:16} "
                   f"{textwrap.shorten(content, width - 64)}")
        if reasons:
            for r in c.get("reasons") or []:
                click.echo(f"{'':19}- {r}")


@main.command()
@click.argument("claim_id")
@click.option("--db", help="Database URL or SQLite file.")
@click.option("--json", "as_json", is_flag=True, help="Print the claim as JSON.")
@click.pass_context
def show(ctx: click.Context, claim_id: str, db: str | None, as_json: bool) -> None:
    """One claim: its evidence sentence, source, relations and the reasons for its grade."""
    store = _open_store(ctx, db)
    if not claim_id.startswith("clm_"):
        claim_id = "clm_" + claim_id
    try:
        c = store.get_claim(claim_id)
    except ClaimLedgerError as exc:
        raise _fail(exc) from exc
    if as_json:
        click.echo(json.dumps(c, ensure_ascii=False, indent=1))
        return
    src = c["source"]
    doc = c["document"]
    click.echo(f"claim     {c['id']}  grade {c.get('grade')}  ({c['stance']}, {c['kind']}"
               f"{', hedged' if c['hedged'] else ''})")
    click.echo(f"document  {doc.get('external_id') or doc['id']}  {doc.get('path') or doc.get('url') or ''}  "
               f"published {doc.get('published') or 'unknown'}")
    click.echo(f"source    {src.get('text') or '-'} -> {src.get('name') or '-'} [{src['kind']}]"
               + (f"  ({src['resolved_from']})" if src.get("resolved_from") else ""))
    if src.get("speaks_for"):
        click.echo(f"          speaks for {src['speaks_for']['name']}")
    for s in c.get("co_sources") or []:
        click.echo(f"and       {s.get('text') or '-'} -> {s.get('name') or '-'} [{s['kind']}]")
    for r in c.get("relayed_by") or []:
        click.echo(f"relayed   by {r['name']}")
    click.echo(f"cue       {(c.get('cue') or {}).get('text') or '-'}")
    click.echo("evidence  " + textwrap.fill(" ".join(c["evidence"].split()), 100, subsequent_indent=" " * 10))
    click.echo("content   " + textwrap.fill(" ".join(c["content"]["text"].split()), 100, subsequent_indent=" " * 10))
    for q in c.get("quantity_details") or []:
        click.echo(f"quantity  {q['text']}: value={q['value']} low={q['low']} high={q['high']} "
                   f"qualifier={q['qualifier']} unit={q['unit']}")
    for t in c.get("time_details") or []:
        click.echo(f"time      {t['text']}: {t['role']} {t['start_date']}..{t['end_date']} ({t['granularity']})"
                   + (f" - {t['note']}" if t.get("note") else ""))
    for r in c.get("relations") or []:
        direction = "->" if r["from_id"] == c["id"] else "<-"
        other = r["to_id"] if direction == "->" else r["from_id"]
        click.echo(f"relation  {direction} {r['type']} {other}  {r.get('reason') or ''}")
    click.echo("reasons")
    for reason in c.get("reasons") or []:
        click.echo(f"  - {reason}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "stix"]), default="jsonl", show_default=True)
@click.option("--db", help="Database URL or SQLite file.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.pass_context
def export(ctx: click.Context, fmt: str, db: str | None, output: str | None) -> None:
    """Export every claim with its document, proposition and grade."""
    store = _open_store(ctx, db)
    if fmt == "stix":
        from .stix import stix_bundle

        lines = iter([json.dumps(stix_bundle(store.iter_claims(), store.iter_relations()), ensure_ascii=False)])
        fmt = "jsonl"
    else:
        claims = _with_story_ids(store)
        lines = export_jsonl(claims) if fmt == "jsonl" else export_csv(claims)
    sink = open(output, "w", encoding="utf-8", newline="") if output else None  # noqa: SIM115
    try:
        for line in lines:
            if sink:
                sink.write(line + ("\n" if fmt == "jsonl" else ""))
            else:
                click.echo(line, nl=fmt == "jsonl")
    finally:
        if sink:
            sink.close()


def _with_story_ids(store: Any) -> Iterator[dict[str, Any]]:
    """Every stored claim with the id of its document's story (the grouping `claimledger stories` prints)."""
    from .store.stories import story_of_documents

    story_of = story_of_documents(store)
    for c in store.iter_claims():
        c["story_id"] = story_of.get((c.get("document") or {}).get("id", ""))
        yield c


def _read_statements(path: str) -> list[dict[str, str]]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise click.ClickException(f"{path}:{n}: not a JSON object ({exc.msg})") from exc
            if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("text"), str):
                raise click.ClickException(f"{path}:{n}: each line needs an 'id' and a 'text' string")
            rows.append(row)
    return rows


@main.command()
@click.option("--candidates", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Known claims: JSONL {id, text, title?}.")
@click.option("--queries", required=True, type=click.Path(exists=True, dir_okay=False),
              help="New statements: JSONL {id, text}.")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 1000))
@click.option("--cache/--no-cache", default=True, help="Keep candidate embeddings in the user cache directory.")
def match(candidates: str, queries: str, top: int, cache: bool) -> None:
    """For each query, the known claims it matches best: {"id", "matches": [{"id", "score"}]}."""
    from .link.embed import default_embedder, multilingual_embedder
    from .link.matching import CandidateIndex, match_statements

    cands = _read_statements(candidates)
    qs = _read_statements(queries)
    embedder = default_embedder()
    cache_dir = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "claimledger" if cache else None
    index = CandidateIndex.build(cands, embedder, cache_dir, multilingual=multilingual_embedder())
    for qid, hits in match_statements(qs, index, embedder, top):
        click.echo(json.dumps({"id": qid, "matches": [{"id": c, "score": s} for c, s in hits]}))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--db", help="Database URL or SQLite file.")
@click.pass_context
def stories(ctx: click.Context, fmt: str, db: str | None) -> None:
    """Documents grouped into stories: {"story_id", "documents": [{"id", "external_id", "path", "url"}]}."""
    from .store.stories import story_groups

    store = _open_store(ctx, db)
    for story_id, members in story_groups(store):
        click.echo(json.dumps({"story_id": story_id, "documents": members}, ensure_ascii=False))


@main.command()
@click.option("--db", help="Database URL or SQLite file.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--tokens", envvar="CLAIMLEDGER_TOKENS",
              help="API tokens 'TOKEN:viewer,TOKEN:analyst[:name]'; required beyond loopback.")
@click.pass_context
def serve(ctx: click.Context, db: str | None, host: str, port: int, tokens: str | None) -> None:
    """Serve the analyst's desk: web pages and the JSON API (OpenAPI at /docs)."""
    import uvicorn

    from .web.app import check_settings, create_app

    try:
        check_settings(host, tokens)
        app = create_app(_settings(ctx, db=db), tokens=tokens)
    except ClaimLedgerError as exc:
        raise _fail(exc) from exc
    click.echo(f"claimledger desk on http://{host}:{port}/ ({'tokens required' if tokens else 'no login'})",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.option("--db", help="Database URL or SQLite file.")
@click.pass_context
def documents(ctx: click.Context, db: str | None) -> None:
    """The stored documents as JSON Lines."""
    store = _open_store(ctx, db)
    for d in store.iter_documents():
        click.echo(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()
