"""ICU's data library cut down to the languages Agencia speaks, for the bundle.

Why: Qt Core links ICU, and ICU's data library (`libicudata.so.NN`) is 31 MB of locale
data for 800 locales, conversion tables for legacy code pages, transliterators and the
Chinese/Japanese/Thai/Khmer/Lao/Burmese word dictionaries: a sixth of the bundle. Qt
formats dates and numbers from its own CLDR tables; what it asks ICU for is collation
(QCollator), time-zone names, case mapping and a few encodings. So the bundle keeps ICU's
structural data (normalisation, properties, time zones, plural rules, likely subtags)
and the locale data of the languages of Agencia's users — Spanish and English, and the
other languages of Spain and Latin America — and drops the rest. A locale that is not
kept falls back to ICU's root data (the Unicode default order), which is what ICU's own
data build tool does when a locale is filtered out.

How: the library is nothing but one symbol, `icudtNN_dat`, holding ICU's common data
package. That package is read out of the library, filtered with ICU's `icupkg`, and put
back in a library of the same name and symbol with the assembler (`.incbin`). Needs
`icupkg` (Debian: icu-devtools) and a C compiler (gcc) on the building machine.

    python installer/slim_icu.py SOURCE_LIBRARY OUTPUT_DIRECTORY
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("es", "en", "pt", "ca", "gl", "eu")  # Spain, Latin America, and English

# Legacy code pages kept beside the algorithmic ones (UTF-8/16/32, ASCII, Latin-1, which
# ICU has built in): Windows-1252, ISO-8859-15, Windows-1250 and ISO-8859-2.
KEPT_CODE_PAGES = frozenset(
    {
        "ibm-5348_P100-1997.cnv",
        "ibm-923_P100-1998.cnv",
        "ibm-5346_P100-1998.cnv",
        "ibm-912_P100-1995.cnv",
    }
)
_LOCALE_FILE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9_]*)?\.res$")
_SYMBOL = re.compile(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt(\d+)_dat)$")


class SlimmingFailed(RuntimeError):
    """The tools are missing or ICU's data is not in the expected shape."""


def kept(item: str) -> bool:
    """Whether an item of the package (e.g. `coll/es.res`, `ibm-943_P15A-2003.cnv`) stays."""
    tree, _, name = item.rpartition("/")
    if tree == "translit" or name.endswith(".dict"):
        return False
    if name.endswith(".cnv"):
        return name in KEPT_CODE_PAGES
    if name in ("root.res", "pool.res", "res_index.res"):
        return True
    locale = _LOCALE_FILE.match(name)
    if locale:
        return locale.group(1) in LANGUAGES
    return True  # structural data: normalisation, properties, zones, plurals, aliases


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if not found:
        raise SlimmingFailed(f"{name} is needed to slim ICU's data; install {package}")
    return found


def _symbol(library: Path) -> tuple[int, int, str, str]:
    """(file offset, size, symbol, ICU version) of the data symbol in `library`."""
    listing = subprocess.run(
        [_tool("nm", "binutils"), "-D", "-S", "--defined-only", str(library)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in listing.splitlines():
        found = _SYMBOL.match(line.strip())
        if found:
            address, size, symbol, version = found.groups()
            return _file_offset(library, int(address, 16)), int(size, 16), symbol, version
    raise SlimmingFailed(f"{library.name} holds no icudtNN_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    """The file offset of a virtual address, through the section that contains it."""
    sections = subprocess.run(
        [_tool("readelf", "binutils"), "-S", "-W", str(library)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) >= 6 and fields[0].startswith("[") and fields[2] == "PROGBITS":
            start, offset, size = int(fields[3], 16), int(fields[4], 16), int(fields[5], 16)
            if start <= address < start + size:
                return offset + address - start
    raise SlimmingFailed(f"no section of {library.name} holds address {address:#x}")


def slim(source: Path, work: Path) -> Path:
    """A slimmed copy of ICU data library `source`, written into `work`; returns its path."""
    icupkg = _tool("icupkg", "icu-devtools")
    compiler = _tool("gcc", "gcc")
    offset, size, symbol, version = _symbol(source)
    work.mkdir(parents=True, exist_ok=True)
    package = work / f"icudt{version}l.dat"  # icupkg checks items against this name
    with source.open("rb") as library:
        library.seek(offset)
        package.write_bytes(library.read(size))
    items = subprocess.run(
        [icupkg, "-l", str(package)], check=True, capture_output=True, text=True
    ).stdout
    dropped = [item for item in items.split() if not kept(item)]
    (work / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
    slimmed_dir = work / "slimmed"
    slimmed_dir.mkdir(exist_ok=True)
    slimmed = slimmed_dir / package.name
    # --ignore-deps: the root break rules name the dictionaries dropped above; ICU goes
    # without a dictionary it cannot open, as when its own data build tool filters them.
    subprocess.run(
        [icupkg, "--ignore-deps", "-r", str(work / "dropped.txt"), str(package), str(slimmed)],
        check=True,
        capture_output=True,
    )
    assembly = work / "icudata.S"
    assembly.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
        f'\t.incbin "{slimmed}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    output = work / source.name
    subprocess.run(
        [
            compiler,
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{source.name}",
            "-Wl,-z,noexecstack",
            "-s",
            "-o",
            str(output),
            str(assembly),
        ],
        check=True,
        capture_output=True,
    )
    return output


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, work = Path(argv[0]), Path(argv[1])
    try:
        output = slim(source, work)
    except (SlimmingFailed, subprocess.CalledProcessError) as error:
        print(f"slim_icu: {error}", file=sys.stderr)
        return 1
    before, after = source.stat().st_size / 2**20, output.stat().st_size / 2**20
    print(f"ICU data {before:.1f} MB -> {after:.1f} MB: {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
