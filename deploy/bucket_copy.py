"""Copy the media bucket to a folder and back, object by object, with a manifest of every
object's key, SHA-256 and content type (deploy/backup.sh and deploy/restore.sh; docs/deploy.md).

    python deploy/bucket_copy.py download FOLDER   # the bucket MEDIA_S3_BUCKET into FOLDER
    python deploy/bucket_copy.py upload FOLDER     # FOLDER back into MEDIA_S3_BUCKET

The bucket and its credentials come from the environment file's MEDIA_S3_* variables. An upload
checks every file against the manifest first, and refuses a folder that does not match it."""

import hashlib
import json
import os
import sys
from pathlib import Path

import boto3

MANIFEST = "manifest.json"
OBJECTS = "objects"


def bucket():
    s3 = boto3.resource(
        "s3",
        endpoint_url=os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
        region_name=os.environ.get("MEDIA_S3_REGION") or None,
        aws_access_key_id=os.environ.get("MEDIA_S3_ACCESS_KEY_ID") or None,
        aws_secret_access_key=os.environ.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
    )
    return s3.Bucket(os.environ["MEDIA_S3_BUCKET"])


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download(folder):
    source = bucket()
    manifest = []
    for summary in source.objects.all():
        target = folder / OBJECTS / summary.key
        target.parent.mkdir(parents=True, exist_ok=True)
        stored = summary.Object()
        stored.download_file(str(target))
        manifest.append(
            {"key": summary.key, "sha256": sha256(target), "content_type": stored.content_type}
        )
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    return len(manifest)


def upload(folder):
    manifest = json.loads((folder / MANIFEST).read_text())
    damaged = [
        item["key"] for item in manifest if sha256(folder / OBJECTS / item["key"]) != item["sha256"]
    ]
    if damaged:
        sys.exit(f"These files no longer match the backup's manifest: {damaged}")
    target = bucket()
    for item in manifest:
        extra = {"ContentType": item["content_type"]} if item["content_type"] else {}
        target.upload_file(str(folder / OBJECTS / item["key"]), item["key"], ExtraArgs=extra)
    return len(manifest)


def main():
    action, folder = sys.argv[1], Path(sys.argv[2])
    copied = {"download": download, "upload": upload}[action](folder)
    sys.stdout.write(f"{action}: {copied} objects\n")


if __name__ == "__main__":
    main()
