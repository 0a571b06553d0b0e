"""Where the database lives: a network drive is warned about."""

from __future__ import annotations

from pathlib import Path

from counsellor_app.services.session import filesystem_of, network_warning


def test_a_database_on_a_network_drive_gets_a_warning(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/team /mnt/team nfs4 rw 0 0\n"
        "//nas/share /mnt/my\\040share cifs rw 0 0\n"
    )
    assert filesystem_of(Path("/home/a/notes.sqlite3"), mounts) == "ext4"
    assert network_warning(Path("/home/a/notes.sqlite3"), mounts) is None
    warning = network_warning(Path("/mnt/team/notes.sqlite3"), mounts)
    assert warning is not None and "network drive (nfs4)" in warning
    assert network_warning(Path("/mnt/my share/n.sqlite3"), mounts) is not None


def test_no_mount_table_means_no_warning(tmp_path: Path) -> None:
    assert network_warning(tmp_path / "n.sqlite3", tmp_path / "missing") is None
