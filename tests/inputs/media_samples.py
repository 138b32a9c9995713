"""The first bytes of media files of each format, padded: enough for format detection."""

from __future__ import annotations

PAD = b"\0" * 64
PNG = b"\x89PNG\r\n\x1a\n" + PAD
JPEG = b"\xff\xd8\xff\xe0" + PAD
GIF = b"GIF89a" + PAD
WEBP = b"RIFF\0\0\0\0WEBPVP8 " + PAD
BMP = b"BM" + PAD
WAV = b"RIFF\0\0\0\0WAVEfmt " + PAD
MP3_ID3 = b"ID3\x04\0" + PAD
MP3_FRAME = b"\xff\xfb\x90\x64" + PAD
AAC = b"\xff\xf1\x50\x80" + PAD
M4A = b"\0\0\0\x20ftypM4A \0\0\0\0" + PAD
MP4 = b"\0\0\0\x20ftypisom\0\0\0\0" + PAD
MOV = b"\0\0\0\x14ftypqt  \0\0\0\0" + PAD
UNKNOWN = b"just some text" + PAD
