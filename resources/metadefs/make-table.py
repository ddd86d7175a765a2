#!/usr/bin/env python3
"""Builds glance-metadefs.json, the compact table imageprep validates image
properties against, from the metadata definitions Glance ships.

    python3 make-table.py /etc/glance/metadefs /etc/glance/schema-image.json > glance-metadefs.json

Source used for the committed table: Debian 12 glance-common 2:25.1.0
(OpenStack Zed). Only namespaces associated with OS::Glance::Image are taken,
with that association's prefix (compute-cpu-pinning's cpu_policy becomes
hw_cpu_policy). The image schema's core fields, read-only fields and
reserved prefixes come from Glance's v2 image schema (glance/api/v2/images.py),
which is code, not data, so they are listed here by hand.
"""
import glob
import json
import os
import sys

CORE = {
    "name": {"type": "string", "maxLength": 255, "namespace": "image schema"},
    "disk_format": {"type": "string", "namespace": "image schema",
                    "enum": ["ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"]},
    "container_format": {"type": "string", "namespace": "image schema",
                         "enum": ["ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed"]},
    "min_disk": {"type": "integer", "minimum": 0, "namespace": "image schema"},
    "min_ram": {"type": "integer", "minimum": 0, "namespace": "image schema"},
    "visibility": {"type": "string", "enum": ["community", "public", "private", "shared"], "namespace": "image schema"},
    "protected": {"type": "boolean", "namespace": "image schema"},
    "os_hidden": {"type": "boolean", "namespace": "image schema"},
}
# Properties Nova reads that no metadefs namespace describes.
EXTRA = {
    "auto_disk_config": {"type": "boolean", "namespace": "nova (image guide)"},
    "os_require_quiesce": {"type": "boolean", "namespace": "nova (image guide)"},
    "os_secure_boot": {"type": "string", "enum": ["required", "disabled", "optional"], "namespace": "nova (image guide)"},
    "cloud_init_installed": {"type": "boolean", "namespace": "imageprep"},
}
READ_ONLY = ["id", "status", "checksum", "os_hash_algo", "os_hash_value", "size", "virtual_size",
             "created_at", "updated_at", "owner", "locations", "direct_url", "self", "file", "schema",
             "stores", "tags", "deleted", "deleted_at"]
RESERVED_PREFIXES = ["os_glance_"]


def entry(p, ns):
    out = {"type": p.get("type", "string"), "namespace": ns}
    for k in ("enum", "minimum", "maximum", "maxLength", "title"):
        if k in p:
            out[k] = p[k]
    if out["type"] == "array" and "items" in p and "enum" in p["items"]:
        out["enum"] = p["items"]["enum"]
    return out


def main(metadefs_dir, schema_path):
    props = {}
    for f in sorted(glob.glob(os.path.join(metadefs_dir, "*.json"))):
        d = json.load(open(f))
        ns = d["namespace"]
        prefixes = [a.get("prefix", "") for a in d.get("resource_type_associations", [])
                    if a["name"] == "OS::Glance::Image"]
        if ns == "OS::Glance::CommonImageProperties":
            prefixes = [""]
        for prefix in prefixes:
            for name, p in d.get("properties", {}).items():
                props.setdefault(prefix + name, entry(p, ns))
            for obj in d.get("objects", []):
                for name, p in obj.get("properties", {}).items():
                    props.setdefault(prefix + name, entry(p, ns))
    for name, p in json.load(open(schema_path)).items():
        t = p.get("type", "string")
        p = dict(p, type=t[-1] if isinstance(t, list) else t)
        props.setdefault(name, entry(p, "schema-image.json"))
    for name, p in list(CORE.items()) + list(EXTRA.items()):
        props.setdefault(name, p)
    json.dump({"source": "Debian 12 glance-common 2:25.1.0 /etc/glance/metadefs, schema-image.json; see make-table.py",
               "readOnly": READ_ONLY, "reservedPrefixes": RESERVED_PREFIXES,
               "properties": dict(sorted(props.items()))}, sys.stdout, indent=1, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
