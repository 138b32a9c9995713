from typing import Literal

ErrorCode = Literal[
    0,
    1000,
    1001,
    1002,
    1003,
    1004,
    1100,
    1101,
    1102,
    1103,
    1200,
    1201,
    1202,
    1203,
    1300,
    1301,
    1302,
    1303,
    1304,
    5000,
    5001,
    5002,
]

ERROR_CODE_VALUES: set[ErrorCode] = {
    0,
    1000,
    1001,
    1002,
    1003,
    1004,
    1100,
    1101,
    1102,
    1103,
    1200,
    1201,
    1202,
    1203,
    1300,
    1301,
    1302,
    1303,
    1304,
    5000,
    5001,
    5002,
}


def check_error_code(value: int) -> ErrorCode:
    if value in ERROR_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERROR_CODE_VALUES!r}")
