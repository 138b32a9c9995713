"""How other Kling clients talk to the API, reproduced here (our own code, nothing vendored).

Kuaishou's official Python samples and the PyPI ``klingai-api`` package share one approach: a
``requests.Session``, a JWT signed for every request (``{"alg": "HS256", "typ": "JWT"}``, claims
``iss`` / ``exp = now + 1800`` / ``nbf = now - 5``), ``response.json()`` returned as a ``dict``
(no typed result), results fetched with ``requests.get(url, stream=True)`` and
``iter_content``, and waits written as a loop that polls one task at a time. :class:`RequestsJwt`
does exactly that, so the benchmark can put our figures next to theirs on the same server.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import jwt
import requests

TASK_PATH = "/v1/videos/text2video"
DOWNLOAD_CHUNK = 1 << 16
"""``iter_content`` chunk size of the peer's downloads (generous: samples often use 8 KiB)."""


def sign(access_key: str, secret_key: str) -> str:
    """A fresh JWT, as the official samples build it for every request."""
    now = int(time.time())
    payload = {"iss": access_key, "exp": now + 1800, "nbf": now - 5}
    return jwt.encode(payload, secret_key, headers={"alg": "HS256", "typ": "JWT"})


class RequestsJwt:
    """A Kling client the way the official samples and ``klingai-api`` write one."""

    def __init__(self, base_url: str, access_key: str, secret_key: str) -> None:
        self.base_url = base_url
        self._keys = (access_key, secret_key)
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {sign(*self._keys)}", "Content-Type": "application/json"}

    def _data(self, response: requests.Response) -> Any:
        response.raise_for_status()
        body = response.json()
        if body.get("code") != 0:
            raise RuntimeError(f"Kling error {body.get('code')}: {body.get('message')}")
        return body["data"]

    def get_task(self, task_id: str) -> dict[str, Any]:
        """GET one task; its ``data`` as a dict."""
        url = f"{self.base_url}{TASK_PATH}/{task_id}"
        data: dict[str, Any] = self._data(self.session.get(url, headers=self._headers()))
        return data

    def list_tasks(self, page: int, page_size: int) -> list[dict[str, Any]]:
        """One page of tasks, as dicts."""
        params = {"pageNum": page, "pageSize": page_size}
        response = self.session.get(
            self.base_url + TASK_PATH, params=params, headers=self._headers()
        )
        data: list[dict[str, Any]] = self._data(response)
        return data

    def create_task(self, body: dict[str, Any]) -> dict[str, Any]:
        """POST a task (sent once: no retry, no external_task_id)."""
        response = self.session.post(self.base_url + TASK_PATH, json=body, headers=self._headers())
        data: dict[str, Any] = self._data(response)
        return data

    def wait(self, task_id: str, sleep: float = 0.0) -> dict[str, Any]:
        """Poll one task until it ends, one GET after another."""
        while True:
            task = self.get_task(task_id)
            if task["task_status"] in ("succeed", "failed"):
                return task
            time.sleep(sleep)

    def download(self, url: str, path: Path) -> int:
        """Stream ``url`` into ``path`` (written in place; no length check, no rename)."""
        written = 0
        with self.session.get(url, stream=True) as response, open(path, "wb") as out:
            response.raise_for_status()
            for chunk in response.iter_content(chunk_size=DOWNLOAD_CHUNK):
                written += out.write(chunk)
        return written

    def close(self) -> None:
        """Close the session's connections."""
        self.session.close()
