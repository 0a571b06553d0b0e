"""Where the database lives: a network drive is warned about, on Linux, Windows and macOS."""

from __future__ import annotations

from pathlib import Path

from counsellor_app.services.network_drive import (
    DRIVE_REMOTE,
    filesystem_of,
    linux_network_kind,
    macos_network_kind,
    network_warning,
    windows_network_kind,
)

DRIVE_FIXED = 3


def test_a_database_on_a_network_drive_gets_a_warning(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/team /mnt/team nfs4 rw 0 0\n"
        "//nas/share /mnt/my\\040share cifs rw 0 0\n"
    )
    assert filesystem_of(Path("/home/a/notes.sqlite3"), mounts) == "ext4"
    assert linux_network_kind(Path("/home/a/notes.sqlite3"), mounts) is None
    kind = linux_network_kind(Path("/mnt/team/notes.sqlite3"), mounts)
    warning = network_warning(Path("/mnt/team/notes.sqlite3"), kind)
    assert warning is not None and "network drive (nfs4)" in warning
    assert linux_network_kind(Path("/mnt/my share/n.sqlite3"), mounts) == "cifs"


def test_no_mount_table_means_no_warning(tmp_path: Path) -> None:
    assert linux_network_kind(tmp_path / "n.sqlite3", tmp_path / "missing") is None
    assert network_warning(tmp_path / "n.sqlite3") is None  # this machine's own disk


def test_windows_unc_paths_are_network_shares() -> None:
    def never(root: str) -> int:
        raise AssertionError(f"a UNC path needs no drive type ({root})")

    assert windows_network_kind(r"\\nas\team\notes.sqlite3", never) == r"network share \\nas\team"
    long_form = r"\\?\UNC\nas\team\notes.sqlite3"
    assert windows_network_kind(long_form, never) == r"network share \\nas\team"


def test_windows_mapped_drives_are_told_by_their_drive_type() -> None:
    types = {"H:\\": DRIVE_REMOTE, "C:\\": DRIVE_FIXED}
    assert windows_network_kind(r"H:\Notes\notes.sqlite3", types.__getitem__) == "mapped drive H:"
    assert windows_network_kind(r"C:\Users\a\notes.sqlite3", types.__getitem__) is None
    assert windows_network_kind(r"\\?\C:\Users\a\notes.sqlite3", types.__getitem__) is None
    assert windows_network_kind("notes.sqlite3", types.__getitem__) is None


def test_windows_without_an_answer_gives_no_warning() -> None:
    def failing(root: str) -> int:
        raise OSError("no such drive")

    assert windows_network_kind(r"Z:\notes.sqlite3", failing) is None


def test_macos_network_volumes_are_read_from_the_mount_table() -> None:
    table = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)\n"
        "//me@nas/team on /Volumes/team (smbfs, nodev, nosuid, mounted by me)\n"
        "nas:/export on /Volumes/nfs share (nfs, nodev, nosuid, mounted by me)\n"
    )
    assert macos_network_kind(Path("/Volumes/team/notes.sqlite3"), table) == "smbfs"
    assert macos_network_kind(Path("/Volumes/nfs share/n.sqlite3"), table) == "nfs"
    assert macos_network_kind(Path("/Users/me/notes.sqlite3"), table) is None
