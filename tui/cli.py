"""The ``byline`` command line: the app, and the headless commands beside it.

    byline [PATH...]            open the library, or just these files/folders
    byline import PATH...       add files and folders to the library
    byline analyze PATH... [--json]
    byline locate               print where byline keeps its data
    byline notes export --format md|json [-o FILE]
    byline notes import FILE

Textual is imported only when the app starts, so headless commands stay quick.
Bad input ends in one line naming the file and the reason, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from . import __version__

COMMANDS = ("import", "analyze", "locate", "notes")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # the last line of defence: one line, not a traceback
        if os.environ.get("BYLINE_DEBUG"):
            raise
        print(f"byline: internal error: {type(error).__name__}: {error} (BYLINE_DEBUG=1 shows more)", file=sys.stderr)
        return 70


def _global_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir", metavar="DIR", help="where byline keeps its data (default: $BYLINE_DATA_DIR or the platform's data directory)")
    parser.add_argument("--version", action="version", version=f"byline {__version__}")
    return parser


def _dispatch(args: list[str]) -> int:
    common = _global_parser()
    options, rest = common.parse_known_args(args)
    command = rest[0] if rest and rest[0] in COMMANDS else None

    parser = argparse.ArgumentParser(
        prog="byline",
        parents=[common],
        description="A keyboard-driven terminal reader for news about people and companies.",
        epilog=(
            "Commands: byline import PATH... | byline analyze PATH... [--json] | byline locate | "
            "byline notes export --format md|json [-o FILE] | byline notes import FILE"
        ),
    )
    if command is None:
        parser.add_argument("paths", nargs="*", metavar="PATH", help=".txt/.md files or folders to read this session (not added to the library)")
        parsed = parser.parse_args(args)
        return _run_app(parsed.data_dir, parsed.paths or None)

    sub = argparse.ArgumentParser(prog=f"byline {command}", parents=[_global_parser()])
    if command == "import":
        sub.add_argument("paths", nargs="+", metavar="PATH")
    elif command == "analyze":
        sub.add_argument("paths", nargs="+", metavar="PATH")
        sub.add_argument("--json", action="store_true", help="print JSON: one object per file, an array for several")
    elif command == "notes":
        actions = sub.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="write every highlight and note")
        export.add_argument("--format", choices=("md", "json"), default="md")
        export.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
        bring = actions.add_parser("import", help="add highlights and notes from a JSON export")
        bring.add_argument("file", metavar="FILE")
    parsed = sub.parse_args(_without_command(args, command))
    data_dir = parsed.data_dir or options.data_dir
    if command == "locate":
        return _locate(data_dir)
    if command == "notes":
        return _notes(data_dir, parsed)
    if command == "import":
        return _import(data_dir, parsed.paths)
    return _analyze(parsed.paths, parsed.json)


def _without_command(args: list[str], command: str) -> list[str]:
    position = args.index(command)
    return args[:position] + args[position + 1 :]


def _open_library(data_dir: str | None):
    from store.library import Library
    from store.paths import resolve_data_paths

    return Library(resolve_data_paths(data_dir))


def _run_app(data_dir: str | None, paths: list[str] | None) -> int:
    library = _open_library(data_dir)
    if paths is not None:
        from store.files import collect_article_files

        from store.decode import RefusedFile, read_article_file

        files, refused = collect_article_files(paths)
        readable = 0
        for file in files:
            try:
                read_article_file(file)
                readable += 1
            except RefusedFile as refusal:
                refused.append((str(file), refusal.reason))
            if readable:
                break  # one readable file is enough to open; the app reports the rest
        if not readable:
            for path, reason in refused:
                print(f"byline: {path}: {reason}", file=sys.stderr)
            if not refused:
                print("byline: no .txt or .md files found in the given paths", file=sys.stderr)
            return 1

    from .app import BylineApp

    app = BylineApp(library, session_paths=paths)
    app.run()
    return app.return_code or 0


def _locate(data_dir: str | None) -> int:
    from store.paths import resolve_data_paths

    for label, path in resolve_data_paths(data_dir).describe():
        print(f"{label + ':':<16}{path}")
    return 0


def _import(data_dir: str | None, paths: list[str]) -> int:
    from store.errors import StoreError

    library = _open_library(data_dir)
    try:
        library.open()
        report = library.import_paths(paths, progress=_progress_printer())
    except StoreError as error:
        print(f"byline: {error}", file=sys.stderr)
        return 1
    finally:
        library.close()
    print(f"added {len(report.added)}, already present {len(report.present)}, refused {len(report.refused)}")
    for path, reason in report.refused:
        print(f"  refused {path}: {reason}")
    return 1 if report.refused else 0


def _notes(data_dir: str | None, parsed: argparse.Namespace) -> int:
    from pathlib import Path

    from store.atomic import write_atomic
    from store.notes import NotesStore
    from store.notes_export import NotesImportError, export_text, from_json
    from store.paths import resolve_data_paths

    store = NotesStore(resolve_data_paths(data_dir).notes)
    if parsed.action == "export":
        annotations = store.all()
        text = export_text(annotations, parsed.format)
        if parsed.output:
            output = Path(parsed.output)
            if output.is_dir():
                print(f"byline: {output}: is a directory; give a file name", file=sys.stderr)
                return 1
            if not output.parent.is_dir():
                print(f"byline: {output.parent}: no such directory", file=sys.stderr)
                return 1
            try:
                write_atomic(output, text.encode("utf-8"))
            except OSError as error:
                print(f"byline: {output}: cannot write ({error.strerror or error})", file=sys.stderr)
                return 1
            print(f"exported {len(annotations)} highlights and notes to {output}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0
    try:
        raw = Path(parsed.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"byline: {parsed.file}: cannot read ({getattr(error, 'strerror', None) or error})", file=sys.stderr)
        return 1
    try:
        annotations = from_json(raw)
    except NotesImportError as error:
        print(f"byline: {parsed.file}: {error}", file=sys.stderr)
        return 1
    store.prepare()
    added = store.import_new(annotations)
    print(f"imported {added}, already present {len(annotations) - added}")
    return 0


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total >= 20:
            end = "\n" if done == total else ""
            print(f"\rreading {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _analyze(paths: list[str], as_json: bool) -> int:
    from store.analyze import analyze_text
    from store.decode import RefusedFile, read_article_file
    from store.files import collect_article_files

    files, refused = collect_article_files(paths)
    results = []
    for file in files:
        try:
            text = read_article_file(file)
        except RefusedFile as refusal:
            refused.append((str(file), refusal.reason))
            continue
        results.append(analyze_text(text, filename=file.name).to_json(str(file)))
    for path, reason in refused:
        print(f"byline: {path}: {reason}", file=sys.stderr)
    single = len(paths) == 1 and os.path.isfile(paths[0])
    if as_json:
        if results or not refused:
            payload = results[0] if single and len(results) == 1 else results
            print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for result in results:
            _print_summary(result)
    return 1 if refused else 0


def _print_summary(result: dict) -> None:
    print(result["path"])
    for field in ("title", "source", "date", "author"):
        print(f"  {field + ':':<9}{result[field] or '—'}")
    print(f"  {_count(len(result['paragraphs']), 'paragraph')}, {_count(len(result['removed']), 'line')} removed")
    people = ", ".join(f"{e['name']} ({e['mentions']})" for e in result["entities"][:8])
    print(f"  names:   {people or '—'}")
    speech = [q for q in result["quotes"] if q["kind"] == "speech"]
    speakers = len({q["speaker"] for q in speech if q["speaker"]})
    print(f"  quotes:  {_count(len(speech), 'quote')} of speech from {_count(speakers, 'named speaker')}")
    print()


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
