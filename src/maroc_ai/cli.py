"""The ``maroc-ai`` command (also ``python -m maroc_ai``)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, _summary, export
from ._english import counted
from ._json import dumps
from .dataset import Dataset, load
from .errors import DatasetError, DraftError, Problem
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
        help="read a news article into a draft of records to review",
        description=(
            "Read an Arabic, French or English news article and print a draft as one JSON "
            "object: candidate officials, organizations, partnerships, facilities and "
            "targets, each with its quote, span and the id of the record it matches (or "
            '"new"), and every date and quantity mention. Review it, then add it with '
            "'maroc-ai add'."
        ),
    )
    extract.add_argument("article", metavar="ARTICLE.txt", help="the article, UTF-8 text")
    extract.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help='the day the article was written, to resolve "yesterday", "last July" ...',
    )
    extract.add_argument(
        "--source-id",
        metavar="ID",
        help="the id of the article's source record (default: from the file name)",
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
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2025-09-12") from None


def _source_id(path: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", Path(path).stem.lower()).strip("-")
    return slug or "new-source"


def _extract(args: argparse.Namespace) -> None:
    from .extract import extract

    text = Path(args.article).read_text(encoding="utf-8")
    dataset = load(args.data)
    draft = extract(
        text,
        source_id=args.source_id or _source_id(args.article),
        reference_date=args.reference_date,
        dataset=dataset,
    )
    sys.stdout.write(dumps(draft.to_dict()))


def _add(args: argparse.Namespace) -> None:
    from .extract import add_draft, read_draft

    if not args.to:
        raise ValueError("--to needs a directory; the path is empty")
    try:
        added = add_draft(read_draft(args.draft), args.to)
    except DraftError as error:
        raise DraftError(args.draft, error.problems) from None
    except DatasetError as error:
        if error.location != args.draft:
            raise
        raise DraftError(args.draft, error.problems) from None
    except UnicodeDecodeError as error:
        message = f"not UTF-8 text: byte {error.start} can't be read ({error.reason})"
        raise DraftError(args.draft, [Problem(message=message)]) from None
    except RecursionError:
        raise DraftError(args.draft, [Problem(message="nested too deeply")]) from None
    counts = ", ".join(
        counted(count, COLLECTIONS[name].__name__.lower())
        if name in COLLECTIONS
        else f"{count} {name}"
        for name, count in added.items()
    )
    print(f"added {counts} to {args.to}", file=sys.stderr)


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
    try:
        if args.command == "extract":
            _extract(args)
        elif args.command == "add":
            _add(args)
        elif args.command == "summary":
            dataset = load(args.data)
            if args.json:
                sys.stdout.write(dumps(_summary.to_dict(dataset)))
            else:
                sys.stdout.write(_summary.render(dataset))
        else:
            _export(load(args.data), args.format, args.output, args.force, args.excel)
        sys.stdout.flush()
    except DraftError as error:
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
    return 0
