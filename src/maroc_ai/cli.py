"""The ``maroc-ai`` command (also ``python -m maroc_ai``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__, export, summary
from .dataset import Dataset, load
from .errors import DatasetError

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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _data_option(parser, None)
    # After the command too (maroc-ai summary --data DIR); SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    _data_option(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser(
        "summary",
        parents=[common],
        help="counts and headline facts, each with its sources",
        description="Print how many records each collection holds and the headline facts.",
    )
    export_parser = commands.add_parser(
        "export",
        parents=[common],
        help="the whole dataset as JSON, a dataset directory, or a standard format",
        description=(
            "Print the dataset as one JSON object with one list per collection, "
            "or write it as a dataset directory that maroc_ai.load(DIR) reads back "
            "(--format json, the default). The other formats: csv and datapackage "
            "(a directory of CSV files, with a Frictionless datapackage.json), jsonschema, "
            "geojson, jsonld and graphml (printed, or written to --output PATH)."
        ),
    )
    export_parser.add_argument("--format", choices=FORMATS, default="json", help="default: json")
    export_parser.add_argument(
        "--output",
        metavar="PATH",
        help="write to PATH instead of printing: a dataset directory for json, "
        "a directory for csv and datapackage, a file for the others",
    )
    return parser


def _export(dataset: Dataset, format: str, output: str | None) -> None:
    if output == "":
        raise ValueError("--output needs a path; the path is empty")
    if format != "json":
        if output is None:
            if format in export.DIRECTORY_FORMATS:
                raise ValueError(
                    f"--format {format} writes a directory of files: give --output DIR"
                )
            sys.stdout.write(export.render(dataset, format))
            return
        path = export.export(dataset, format, output)
        print(f"wrote {format} to {path}", file=sys.stderr)
        return
    if output is None:
        sys.stdout.write(dataset.to_json())
        return
    root = dataset.write(output)
    print(f"wrote {len(dataset)} records and {len(dataset.texts)} texts to {root}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    try:
        dataset = load(args.data)
        if args.command == "summary":
            sys.stdout.write(summary.render(dataset))
        else:
            _export(dataset, args.format, args.output)
        sys.stdout.flush()
    except DatasetError as error:
        print(f"maroc-ai: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        print(f"maroc-ai: {error.strerror or error}{where}", file=sys.stderr)
        return 1
    except ValueError as error:
        print(f"maroc-ai: {error}", file=sys.stderr)
        return 1
    return 0
