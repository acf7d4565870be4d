"""Put the IPAex Mincho/Gothic fonts and their licence into resources/fonts/.

The fonts (IPA Font License v1.0: redistributable unchanged, with the licence) are
bundled into the app and every PDF, but not kept in git. This script takes them,
unchanged, from the first place that has them:

1. resources/fonts/ already (checked by SHA-256);
2. a system install of Debian's fonts-ipaexfont-mincho / -gothic packages;
3. Debian's packages, downloaded (not installed) with ``apt-get download`` and
   unpacked with ``dpkg-deb -x`` into a temporary folder;
4. ``--from DIR``: a folder holding ipaexm.ttf and ipaexg.ttf (e.g. on Windows,
   the files from the IPAex font distribution).

Run: ``python tools/fetch_fonts.py [--from DIR]``. Exit code 0 when the fonts are in place.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts"
FONTS = {
    # file name: (Debian package, SHA-256 of IPAex 004.01)
    "ipaexm.ttf": (
        "fonts-ipaexfont-mincho",
        "7a306386f930fee80922f71eebf4ffe0f1ff2817da8e619230953487673d71c7",
    ),
    "ipaexg.ttf": (
        "fonts-ipaexfont-gothic",
        "3b9955a5e437ffb24c41548e79296fa724822da21ee75dc1b94f6ccdb8f400dd",
    ),
}
LICENSE_NAME = "LICENSE-IPAexFont.txt"
SYSTEM_DIRS = [
    Path("/usr/share/fonts/opentype/ipaexfont-mincho"),
    Path("/usr/share/fonts/opentype/ipaexfont-gothic"),
]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _good(path: Path, name: str) -> bool:
    return path.is_file() and _sha256(path) == FONTS[name][1]


def _in_place() -> bool:
    return all(_good(TARGET / name, name) for name in FONTS) and (TARGET / LICENSE_NAME).is_file()


def _licence_from_debian(copyright_file: Path) -> str:
    text = copyright_file.read_text(encoding="utf-8")
    start = text.find("IPA Font License Agreement v1.0")
    body = text[start:] if start >= 0 else text
    body = body.split("\nLicense:", 1)[0]  # the next stanza is Debian packaging's own licence
    # Debian's copyright format indents licence text by one space and writes blank lines as " ."
    lines = [line[1:] if line.startswith(" ") else line for line in body.splitlines()]
    return "\n".join("" if line == "." else line for line in lines) + "\n"


def _install_from(folders: list[Path], licence: Path | None) -> bool:
    found = {}
    for name in FONTS:
        for folder in folders:
            for candidate in (folder / name, *folder.rglob(name)) if folder.is_dir() else ():
                if _good(candidate, name):
                    found[name] = candidate
                    break
            if name in found:
                break
    if len(found) != len(FONTS):
        return False
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, source in found.items():
        shutil.copyfile(source, TARGET / name)
    if licence is not None and licence.is_file():
        (TARGET / LICENSE_NAME).write_text(_licence_from_debian(licence), encoding="utf-8")
    return (TARGET / LICENSE_NAME).is_file()


def _from_apt() -> bool:
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        return False
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        packages = [package for package, _ in FONTS.values()]
        result = subprocess.run(
            ["apt-get", "download", *packages], cwd=work, capture_output=True, text=True
        )
        if result.returncode != 0:
            print(result.stderr.strip(), file=sys.stderr)
            return False
        unpacked = work / "x"
        for deb in work.glob("*.deb"):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
        licence = unpacked / "usr/share/doc/fonts-ipaexfont-mincho/copyright"
        return _install_from([unpacked], licence)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--from", dest="source", type=Path, help="folder with ipaexm.ttf/ipaexg.ttf"
    )
    args = parser.parse_args(argv)
    if _in_place():
        return 0
    if args.source is not None:
        licence = next(iter(args.source.rglob("*License*.txt")), None)
        if _install_from([args.source], licence):
            print(f"IPAex fonts copied from {args.source}")
            return 0
        print(f"no IPAex 004.01 fonts (with licence text) found in {args.source}", file=sys.stderr)
        return 1
    if _install_from(SYSTEM_DIRS, Path("/usr/share/doc/fonts-ipaexfont-mincho/copyright")):
        print("IPAex fonts copied from the system installation")
        return 0
    if _from_apt():
        print("IPAex fonts taken from Debian's fonts-ipaexfont packages")
        return 0
    print(
        "Could not find the IPAex fonts. On Debian run 'sudo apt-get update' and try again;\n"
        "elsewhere put ipaexm.ttf, ipaexg.ttf and the IPA Font License text in a folder and run\n"
        "  python tools/fetch_fonts.py --from FOLDER",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
