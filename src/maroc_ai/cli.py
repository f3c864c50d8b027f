"""The ``maroc-ai`` command (also ``python -m maroc_ai``)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__, _summary, export
from ._english import counted
from ._json import dumps
from .dataset import Dataset, load
from .errors import DatasetError, DraftError
from .model import COLLECTIONS

__all__ = ["main"]

FORMATS = export.FORMATS


def _data_option(parser: argparse.ArgumentParser, default: str | None) -> None:
    parser.add_argument(
        "--data",
        metavar="DIR",
        default=default,
        help="use the dataset directory DIR instead of the bundled dataset",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="maroc-ai",
        description="A typed, source-cited record of Morocco's national AI build-out.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {__version__}")
    _data_option(parser, None)
    # After the command too (maroc-ai summary --data DIR); SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    _data_option(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    summary = commands.add_parser(
        "summary",
        parents=[common],
        help="counts and headline facts, each with its sources",
        description="Print how many records each collection holds and the headline facts.",
    )
    summary.add_argument(
        "--json",
        action="store_true",
        help="print the summary as one JSON object: counts, goals, agreements, facilities, "
        "figures and sources, with ids, names, quantities, dates and their sources",
    )
    export_parser = commands.add_parser(
        "export",
        parents=[common],
        help="the whole dataset as JSON, a dataset directory, or a standard format",
        description=(
            "Print the dataset as one JSON object with one list per collection, "
            "or write it as a dataset directory that maroc_ai.load(DIR) reads back "
            "(--format json, the default). The other formats: csv and datapackage "
            "(a directory of CSV files, with a Frictionless datapackage.json), parquet (a "
            "directory of Parquet files with typed columns; needs pyarrow), jsonschema, "
            "geojson, jsonld and graphml (printed, or written to --output PATH). "
            "Writing is all or nothing: a file is replaced whole, a directory's files "
            "all at once, so an interrupted export leaves the old content or the new, "
            "never a mix. A directory is written with its lock held (writers take turns) "
            "and only files that changed are touched. Never writes into /, a home "
            "directory, or a file given as a directory."
        ),
    )
    export_parser.add_argument("--format", choices=FORMATS, default="json", help="default: json")
    export_parser.add_argument(
        "--output",
        metavar="PATH",
        help="write to PATH instead of printing: a dataset directory for json, "
        "a directory for csv, datapackage and parquet, a file for the others. A directory must "
        "be new, empty, or hold only files this export writes (see --force)",
    )
    export_parser.add_argument(
        "--excel",
        action="store_true",
        help="csv only: start each file with a byte-order mark (UTF-8 with BOM), "
        "so that Excel reads Arabic",
    )
    export_parser.add_argument(
        "--force",
        action="store_true",
        help="write into a directory that holds other files too: stale files of the "
        "export's kind are removed (JSON files that are not collections and texts no "
        "source names, other CSV files and datapackage.json, or other Parquet files), "
        "anything else is left",
    )
    extract = commands.add_parser(
        "extract",
        parents=[common],
        help="read news articles into drafts of records to review",
        description=(
            "Read Arabic, French or English news articles into drafts: candidate officials, "
            "organizations, partnerships, facilities and targets, each with its quote, span "
            'and the id of the record it matches (or "new"), and every date and quantity '
            "mention. One article is printed as one JSON object; many (files, directories of "
            ".txt files, JSONL files of one article a line) are written one draft each to "
            "--output DIR, skipping those already there, with a summary. Review a draft, "
            "then add it with 'maroc-ai add'."
        ),
    )
    extract.add_argument(
        "articles",
        nargs="+",
        metavar="ARTICLE",
        help="a UTF-8 text file, a directory of .txt files, or a JSONL file with one object "
        "a line: text, and optional id, url, publisher and date (YYYY-MM-DD)",
    )
    extract.add_argument(
        "--output",
        metavar="DIR",
        help="write one draft per article to DIR/<source id>.json (needed for more than one "
        "article); articles whose draft is there already are skipped",
    )
    extract.add_argument(
        "--jobs",
        metavar="N",
        type=_positive,
        default=1,
        help="read articles on N processes (default: 1)",
    )
    extract.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help='the day the articles were written, to resolve "yesterday", "last July" ... '
        "(a JSONL line's own date comes first)",
    )
    extract.add_argument(
        "--source-id",
        metavar="ID",
        help="the id of the article's source record (one article; default: from the file name)",
    )
    extract.add_argument(
        "--url", metavar="URL", help="where the article was published (one article)"
    )
    extract.add_argument(
        "--publisher", metavar="NAME", help="who published the article (one article)"
    )
    add = commands.add_parser(
        "add",
        help="merge a reviewed draft into a dataset directory",
        description=(
            "Check a reviewed draft and merge its source and new records into the dataset "
            'directory DIR (created if missing). Each candidate\'s match must be "new" '
            "(its record is added) or the id of a record of DIR or of the bundled dataset "
            "(a record DIR lacks is added). The directory is locked from reading to the "
            "last write, so two adds at once take turns and the second adds onto the "
            "first; the write is all or nothing, so an interrupted add leaves the dataset "
            "as it was or with the whole draft. A malformed draft is reported with every "
            "problem and its path (exit status 2); duplicates, conflicts and anything the "
            "loader rejects are reported (exit status 1). Either way DIR is left as it was."
        ),
    )
    add.add_argument("draft", metavar="DRAFT.json", help="a draft printed by 'maroc-ai extract'")
    add.add_argument("--to", metavar="DIR", required=True, help="the dataset directory")
    compare = commands.add_parser(
        "diff",
        help="what changed between two datasets, record by record and field by field",
        description=(
            "Print the records added, removed and changed from the dataset directory OLD "
            "to NEW, each changed field with its old and new value, and changes to the "
            "sources' texts and the release. With NEW alone, OLD is the bundled dataset."
        ),
    )
    compare.add_argument("old", metavar="OLD", help="the older dataset directory")
    compare.add_argument("new", metavar="NEW", nargs="?", help="the newer dataset directory")
    compare.add_argument("--json", action="store_true", help="print the changes as JSON")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes such as 2")
    return value


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2025-09-12") from None


class _UsageError(ValueError):
    """A command line that cannot be run as given (exit status 2)."""


def _extract(args: argparse.Namespace) -> int:
    from .extract import Article, read_articles
    from .extract._corpus import Failure, source_id_for

    single = len(args.articles) == 1 and _is_article_file(args.articles[0])
    own = {"--source-id": args.source_id, "--url": args.url, "--publisher": args.publisher}
    given = [option for option, value in own.items() if value is not None]
    if given and not single:
        raise _UsageError(f"{', '.join(given)} describe one article; give one text file")
    if not single and args.output is None:
        raise _UsageError("more than one article is written one draft each: give --output DIR")
    inputs: list[str | Article] = list(args.articles)
    if single:
        path = args.articles[0]
        (item,) = read_articles([path])
        if isinstance(item, Failure):
            if args.output is None:
                raise ValueError(str(item))
            return _write_drafts(args, inputs)
        inputs = [
            Article(
                source_id=args.source_id or source_id_for(Path(path).stem, "new-source"),
                text=item.text,
                url=args.url,
                publisher=args.publisher,
                origin=item.origin,
            )
        ]
        if args.output is None:
            return _print_draft(args, inputs[0])
    return _write_drafts(args, inputs)


def _is_article_file(path: str) -> bool:
    from .extract._corpus import JSONL_SUFFIXES

    return not Path(path).is_dir() and Path(path).suffix.lower() not in JSONL_SUFFIXES


def _print_draft(args: argparse.Namespace, article: Any) -> int:
    from .extract import extract, unstructure_draft

    draft = extract(
        article.text,
        source_id=article.source_id,
        reference_date=args.reference_date,
        dataset=load(args.data),
        url=article.url,
        publisher=article.publisher,
    )
    sys.stdout.write(dumps(unstructure_draft(draft)))
    return 0


def _write_drafts(args: argparse.Namespace, inputs: list[Any]) -> int:
    from .extract import extract_corpus
    from .extract._corpus import count_articles
    from .extract._progress import ProgressBar

    load(args.data)  # a dataset that does not load is one error, before any article
    bar = None
    if sys.stderr.isatty():
        bar = ProgressBar(sys.stderr, count_articles(inputs))
    summary = extract_corpus(
        inputs,
        args.output,
        jobs=args.jobs,
        data=args.data,
        reference_date=args.reference_date,
        progress=bar,
    )
    if bar is not None:
        bar.close(summary)
    print(summary.render(), file=sys.stderr)
    return 1 if summary.failed else 0


def _add(args: argparse.Namespace) -> int:
    from .extract import add_draft, draft_data

    if not args.to:
        raise ValueError("--to needs a directory; the path is empty")
    try:
        added = add_draft(draft_data(args.draft), args.to)
    except DraftError as error:
        raise DraftError(args.draft, error.problems) from None
    counts = ", ".join(
        counted(count, COLLECTIONS[name].__name__.lower())
        if name in COLLECTIONS
        else f"{count} {name}"
        for name, count in added.items()
    )
    print(f"added {counts} to {args.to}", file=sys.stderr)
    return 0


def _diff(args: argparse.Namespace) -> None:
    old, new = (None, args.old) if args.new is None else (args.old, args.new)
    changes = load(old).diff(load(new))
    sys.stdout.write(dumps(changes.to_dict()) if args.json else changes.render())


def _export(
    dataset: Dataset, format: str, output: str | None, force: bool, excel: bool = False
) -> None:
    if output == "":
        raise ValueError("--output needs a path; the path is empty")
    if excel and format != "csv":
        raise ValueError(f"--excel is for --format csv, not {format}")
    if format != "json":
        if output is None:
            if format in export.DIRECTORY_FORMATS:
                raise ValueError(
                    f"--format {format} writes a directory of files: give --output DIR"
                )
            sys.stdout.write(export.render(dataset, format))
            return
        path = export.export(dataset, format, output, overwrite=force, excel=excel)
        print(f"wrote {format} to {path}", file=sys.stderr)
        return
    if output is None:
        sys.stdout.write(dataset.to_json())
        return
    root = dataset.write(output, overwrite=force)
    shown = f"{counted(len(dataset), 'record')} and {counted(len(dataset.texts), 'text')}"
    print(f"wrote {shown} to {root}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # what can't be encoded (a lone surrogate in bad data) is printed as an escape
            reconfigure(encoding="utf-8", errors="backslashreplace")
    status = 0
    try:
        if args.command == "extract":
            status = _extract(args)
        elif args.command == "add":
            status = _add(args)
        elif args.command == "diff":
            _diff(args)
        elif args.command == "summary":
            dataset = load(args.data)
            if args.json:
                sys.stdout.write(dumps(_summary.to_dict(dataset)))
            else:
                sys.stdout.write(_summary.render(dataset))
        else:
            _export(load(args.data), args.format, args.output, args.force, args.excel)
        sys.stdout.flush()
    except (DraftError, _UsageError) as error:
        print(f"maroc-ai: {error}", file=sys.stderr)
        return 2
    except DatasetError as error:
        print(f"maroc-ai: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        print(f"maroc-ai: {error.strerror or error}{where}", file=sys.stderr)
        return 1
    except (ValueError, ImportError) as error:
        print(f"maroc-ai: {error}", file=sys.stderr)
        return 1
    return status
