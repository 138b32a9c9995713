"""Tiny but real audio files for audio task results, built in code (no encoder needed).

``mp3_bytes`` returns a constant-bitrate MPEG-1 Layer III stream (32 kHz, 32 kbit/s, mono) made of
silent frames: each frame is a 4-byte header (``FF FB 18 C4``), 17 bytes of side information
announcing no coded data (so decoders output silence) and zero padding, 144 bytes in all and 36 ms
of sound. ``wav_bytes`` returns a RIFF/WAVE PCM file (8 kHz, 8-bit unsigned, mono) of silence.
Both last as long as asked (to the nearest frame or sample), so players and ``ffprobe`` report the
duration the task result announces; a 10 s result is about 40 KB of MP3 and 80 KB of WAV.
"""

from __future__ import annotations

import functools
import struct

MP3_SAMPLE_RATE = 32_000
MP3_BITRATE = 32_000
MP3_SAMPLES_PER_FRAME = 1152
MP3_FRAME_BYTES = 144 * MP3_BITRATE // MP3_SAMPLE_RATE  # 144: no padding byte ever needed
MP3_HEADER = bytes(
    [
        0xFF,  # frame sync (11 bits set) ...
        0xFB,  # ... MPEG-1, Layer III, no CRC
        0x18,  # bitrate index 1 (32 kbit/s), sample rate index 2 (32 kHz), no padding
        0xC4,  # mono, no mode extension, not copyrighted, original, no emphasis
    ]
)
_SIDE_INFO_MONO = 17  # main_data_begin 0, part2_3_length 0, big_values 0: an empty granule pair
WAV_SAMPLE_RATE = 8_000
_WAV_SILENCE = b"\x80"  # 8-bit PCM is unsigned: 128 is the zero line


@functools.cache
def mp3_bytes(duration_s: float = 5.0) -> bytes:
    """A valid silent MP3 of ``duration_s`` seconds (at least one 36 ms frame)."""
    frame_seconds = MP3_SAMPLES_PER_FRAME / MP3_SAMPLE_RATE
    frames = max(1, round(duration_s / frame_seconds))
    frame = MP3_HEADER + bytes(_SIDE_INFO_MONO) + bytes(MP3_FRAME_BYTES - 4 - _SIDE_INFO_MONO)
    return frame * frames


@functools.cache
def wav_bytes(duration_s: float = 5.0) -> bytes:
    """A valid silent PCM WAV of ``duration_s`` seconds (8 kHz, 8-bit, mono)."""
    samples = max(1, round(duration_s * WAV_SAMPLE_RATE))
    data = _WAV_SILENCE * samples
    if len(data) % 2:
        data += b"\0"  # RIFF chunks are word aligned; the pad byte is not part of the data size
    fmt = struct.pack(
        "<HHIIHH",
        1,  # PCM
        1,  # channels
        WAV_SAMPLE_RATE,
        WAV_SAMPLE_RATE,  # byte rate = rate * channels * bytes per sample
        1,  # block align
        8,  # bits per sample
    )
    chunks = (
        b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data"
        + struct.pack("<I", samples)
        + data
    )
    return b"RIFF" + struct.pack("<I", len(chunks)) + chunks
