import dateline


def test_public_api_is_pinned() -> None:
    assert sorted(dateline.__all__) == sorted([
        "SCHEMA", "Actor", "Article", "ConfigError", "Dateline", "DatelineError", "Entity", "EvalError", "Event",
        "EventActor", "InputError", "Party", "Place", "Quote", "Rejection", "Settings", "Source", "Span",
        "StoreError", "TimeExpr", "__version__", "article_from_json", "article_to_json", "extract", "load_settings",
    ])  # fmt: skip
    for name in dateline.__all__:
        assert hasattr(dateline, name), name


def test_import_loads_no_model_or_heavy_library() -> None:
    import subprocess
    import sys

    code = "import sys, dateline; print(sorted(m for m in ('spacy', 'trafilatura', 'sqlite3') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
