"""The base of every pydantic model in vetguide.

``defer_build``: pydantic builds a model's validator and serializer (its core schema) the first
time the model validates or dumps something, not when its class is defined. A start that reads
its data from the cache (:mod:`vetguide.model.data_cache`: unpickled, not validated) and its
shortlists from the database (``model_construct``) then builds only the schemas it uses, so
importing the model costs a fraction of what it did; the validation itself is unchanged.
A first build may happen in two threads at once (the window reads the library in a worker
thread at start-up): pydantic builds a deferred validator under a lock since 2.14, the
version pyproject.toml asks for.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    model_config = ConfigDict(defer_build=True)
