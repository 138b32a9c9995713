"""Tiny but real media files for task results, built in code (no network, no ffmpeg).

``mp4_bytes`` returns an ISO-BMFF MP4 (``ftyp`` + ``moov`` + ``mdat``) with one H.264 baseline
track holding a single IDR frame made of I_PCM macroblocks, shown for the whole duration: players
and ``ffprobe`` accept it and ``file`` reports "ISO Media, MP4". ``png_bytes`` returns a solid
colour RGB PNG.
"""

from __future__ import annotations

import functools
import struct
import zlib

_UNITY_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


class _Bits:
    """An MSB-first bit writer with the Exp-Golomb codes of H.264."""

    def __init__(self) -> None:
        self._bits: list[int] = []

    def u(self, n: int, value: int) -> None:
        self._bits.extend((value >> (n - 1 - i)) & 1 for i in range(n))

    def ue(self, value: int) -> None:
        code = value + 1
        self.u(2 * code.bit_length() - 1, code)

    def se(self, value: int) -> None:
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def align_zero(self) -> None:
        while len(self._bits) % 8:
            self._bits.append(0)

    def trailing(self) -> bytes:
        self._bits.append(1)
        self.align_zero()
        return bytes(
            int("".join(map(str, self._bits[i : i + 8])), 2) for i in range(0, len(self._bits), 8)
        )


def _nal(header: int, rbsp: bytes) -> bytes:
    """Wrap an RBSP in a NAL unit, inserting emulation-prevention bytes."""
    out = bytearray([header])
    zeros = 0
    for byte in rbsp:
        if zeros >= 2 and byte <= 3:
            out.append(3)
            zeros = 0
        out.append(byte)
        zeros = zeros + 1 if byte == 0 else 0
    return bytes(out)


def _h264(width_mbs: int, height_mbs: int, luma: int, cb: int, cr: int) -> tuple[bytes, ...]:
    """SPS, PPS and one IDR slice of I_PCM macroblocks (baseline profile, CAVLC)."""
    sps = _Bits()
    sps.u(8, 66)  # profile_idc: baseline
    sps.u(8, 0xC0)  # constraint_set0 and constraint_set1
    sps.u(8, 10)  # level 1.0
    sps.ue(0)  # seq_parameter_set_id
    sps.ue(0)  # log2_max_frame_num_minus4
    sps.ue(2)  # pic_order_cnt_type
    sps.ue(0)  # max_num_ref_frames
    sps.u(1, 0)  # gaps_in_frame_num_value_allowed_flag
    sps.ue(width_mbs - 1)
    sps.ue(height_mbs - 1)
    sps.u(1, 1)  # frame_mbs_only_flag
    sps.u(1, 1)  # direct_8x8_inference_flag
    sps.u(1, 0)  # frame_cropping_flag
    sps.u(1, 0)  # vui_parameters_present_flag
    pps = _Bits()
    pps.ue(0)  # pic_parameter_set_id
    pps.ue(0)  # seq_parameter_set_id
    pps.u(1, 0)  # entropy_coding_mode_flag: CAVLC
    pps.u(1, 0)  # bottom_field_pic_order_in_frame_present_flag
    pps.ue(0)  # num_slice_groups_minus1
    pps.ue(0)  # num_ref_idx_l0_default_active_minus1
    pps.ue(0)  # num_ref_idx_l1_default_active_minus1
    pps.u(1, 0)  # weighted_pred_flag
    pps.u(2, 0)  # weighted_bipred_idc
    pps.se(0)  # pic_init_qp_minus26
    pps.se(0)  # pic_init_qs_minus26
    pps.se(0)  # chroma_qp_index_offset
    pps.u(1, 1)  # deblocking_filter_control_present_flag
    pps.u(1, 0)  # constrained_intra_pred_flag
    pps.u(1, 0)  # redundant_pic_cnt_present_flag
    sl = _Bits()
    sl.ue(0)  # first_mb_in_slice
    sl.ue(7)  # slice_type: I (all slices of the picture)
    sl.ue(0)  # pic_parameter_set_id
    sl.u(4, 0)  # frame_num
    sl.ue(0)  # idr_pic_id
    sl.u(1, 0)  # no_output_of_prior_pics_flag
    sl.u(1, 0)  # long_term_reference_flag
    sl.se(0)  # slice_qp_delta
    sl.ue(1)  # disable_deblocking_filter_idc
    samples = [luma] * 256 + [cb] * 64 + [cr] * 64
    for _ in range(width_mbs * height_mbs):
        sl.ue(25)  # mb_type: I_PCM
        sl.align_zero()
        for sample in samples:
            sl.u(8, sample)
    return _nal(0x67, sps.trailing()), _nal(0x68, pps.trailing()), _nal(0x65, sl.trailing())


def _box(kind: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack(">I", 8 + len(body)) + kind + body


def _full(kind: bytes, version: int, flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags), *parts)


def _moov(w: int, h: int, ms: int, sps: bytes, pps: bytes, size: int, offset: int) -> bytes:
    avcc = _box(
        b"avcC",
        bytes([1, sps[1], sps[2], sps[3], 0xFF, 0xE1]),
        struct.pack(">H", len(sps)) + sps,
        b"\x01" + struct.pack(">H", len(pps)) + pps,
    )
    avc1 = _box(
        b"avc1",
        b"\0" * 6 + struct.pack(">H", 1) + b"\0" * 16,
        struct.pack(">HHIIIH", w, h, 0x480000, 0x480000, 0, 1),
        b"\0" * 32 + struct.pack(">Hh", 0x18, -1),
        avcc,
    )
    stbl = _box(
        b"stbl",
        _full(b"stsd", 0, 0, struct.pack(">I", 1), avc1),
        _full(b"stts", 0, 0, struct.pack(">III", 1, 1, ms)),
        _full(b"stss", 0, 0, struct.pack(">II", 1, 1)),
        _full(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, 1, 1)),
        _full(b"stsz", 0, 0, struct.pack(">III", 0, 1, size)),
        _full(b"stco", 0, 0, struct.pack(">II", 1, offset)),
    )
    minf = _box(
        b"minf",
        _full(b"vmhd", 0, 1, b"\0" * 8),
        _box(b"dinf", _full(b"dref", 0, 0, struct.pack(">I", 1), _full(b"url ", 0, 1))),
        stbl,
    )
    mdia = _box(
        b"mdia",
        _full(b"mdhd", 0, 0, struct.pack(">IIIIHH", 0, 0, 1000, ms, 0x55C4, 0)),
        _full(b"hdlr", 0, 0, b"\0" * 4 + b"vide" + b"\0" * 12 + b"VideoHandler\0"),
        minf,
    )
    tkhd = _full(
        b"tkhd",
        0,
        3,
        struct.pack(">IIIII", 0, 0, 1, 0, ms) + b"\0" * 16,
        _UNITY_MATRIX + struct.pack(">II", w << 16, h << 16),
    )
    mvhd = _full(
        b"mvhd",
        0,
        0,
        struct.pack(">IIIIIH", 0, 0, 1000, ms, 0x10000, 0x100) + b"\0" * 10,
        _UNITY_MATRIX + b"\0" * 24 + struct.pack(">I", 2),
    )
    return _box(b"moov", mvhd, _box(b"trak", tkhd, mdia))


@functools.cache
def mp4_bytes(duration_s: float = 5.0, width_mbs: int = 1, height_mbs: int = 1) -> bytes:
    """A valid MP4 showing one solid-colour frame for ``duration_s`` seconds.

    The picture is ``16 * width_mbs`` by ``16 * height_mbs`` pixels; the default is about 1 KB.
    """
    sps, pps, idr = _h264(width_mbs, height_mbs, luma=0x58, cb=0xA6, cr=0x5F)
    ms = round(duration_s * 1000)
    ftyp = _box(b"ftyp", b"isom", struct.pack(">I", 0x200), b"isomiso2avc1mp41")
    sample = struct.pack(">I", len(idr)) + idr
    width, height = 16 * width_mbs, 16 * height_mbs
    moov_len = len(_moov(width, height, ms, sps, pps, len(sample), 0))
    offset = len(ftyp) + moov_len + 8
    moov = _moov(width, height, ms, sps, pps, len(sample), offset)
    return ftyp + moov + _box(b"mdat", sample)


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


@functools.cache
def png_bytes(width: int = 64, height: int = 36, rgb: tuple[int, ...] = (32, 96, 160)) -> bytes:
    """A valid solid-colour 8-bit RGB PNG (signature, IHDR, IDAT, IEND)."""
    row = b"\0" + bytes(rgb) * width
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(row * height, 9))
        + _chunk(b"IEND", b"")
    )
