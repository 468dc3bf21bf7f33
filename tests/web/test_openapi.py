"""Every JSON route documents its response: the OpenAPI document names a schema for each 200."""

from __future__ import annotations

from typing import Any


def _named(schema: dict[str, Any]) -> bool:
    """A schema that names its fields: a model, or a list of models."""
    return "$ref" in schema or "$ref" in schema.get("items", {})


def test_every_json_route_has_a_response_schema(app: Any) -> None:
    spec = app.openapi()
    missing, routes = [], 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            content = operation["responses"].get("200", {}).get("content", {})
            if "application/json" not in content:
                continue  # a page or a file, not a JSON route
            routes += 1
            if not _named(content["application/json"].get("schema", {})):
                missing.append(f"{method.upper()} {path}")
    assert routes >= 30
    assert missing == [], "JSON routes without a response schema: " + ", ".join(missing)


def test_the_schemas_name_their_fields(app: Any) -> None:
    schemas = app.openapi()["components"]["schemas"]
    detail = schemas["IncidentDetail"]["properties"]
    assert {"figures", "claim_details", "assessments", "victims"} <= set(detail)
    assert schemas["VictimView"]["properties"]["list"]["type"] == "string"
    assert "witness_identity" not in schemas["VictimView"]["required"]


def test_exports_document_each_format(app: Any) -> None:
    operation = app.openapi()["paths"]["/api/export/{dataset}.{fmt}"]["get"]
    assert set(operation["responses"]["200"]["content"]) == {
        "application/json",
        "text/csv",
        "application/geo+json",
    }
