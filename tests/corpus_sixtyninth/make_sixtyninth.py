"""Writes the sixty-ninth corpus: every .eml under <kind>/ and labels.csv, from msgs69_*.py.

Run from anywhere: `python tests/corpus_sixtyninth/make_sixtyninth.py`. It deletes and rewrites
only the .eml files and labels.csv inside this folder.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs69_ack  # noqa: E402
import msgs69_base  # noqa: E402
import msgs69_invite  # noqa: E402
import msgs69_other  # noqa: E402
import msgs69_other2  # noqa: E402
import msgs69_reject  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")

# Replies that answer an earlier corpus message: child slug -> parent slug.
THREADS = {
    "reprogramar_gerente_viaje": "competencias_usted",
    "carta_oferta_es_formal": "competencias_usted",
    "cancel_ics_en": "workday_phone_screen_ics",
    "de_terminverschiebung": "de_vorstellungsgespraech",
    "de_vertragsangebot": "de_vorstellungsgespraech",
    "agency_client_postponed_en": "agency_en_many_exclamations",
    "own_sent_reschedule_en": "agency_client_postponed_en",
    "outlook_update_panel_es": "tecnica_panel_es_spain",
    "en_chilean_missed": "en_chilean_owned_invite",
    "de_absage_termin_neu": "de_zweites_gespraech_kurz",
    "korean_change_time_b64": "korean_plant_visit",
    "universidad_pospone": "university_procurement_role",
}


def main() -> None:
    messages = (msgs69_reject.MESSAGES + msgs69_invite.MESSAGES + msgs69_ack.MESSAGES
                + msgs69_other.MESSAGES + msgs69_other2.MESSAGES)
    for desc in messages:
        if desc["slug"] in THREADS:
            desc["parent"] = THREADS[desc["slug"]]
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    ids = {desc["slug"]: msgs69_base.message_id(desc) for desc in messages}
    assert len(ids) == len(messages), "slugs must be unique"
    rows = []
    for number, desc in enumerate(messages, start=1):
        assert desc["kind"] in KINDS, desc["slug"]
        rel = f"{desc['kind']}/{number:03d}_{desc['slug']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(msgs69_base.render(desc, number, ids))
        job = desc["kind"] != "other" or desc.get("job", False)
        rows.append([rel, desc["kind"], desc.get("company", "") if job else "",
                     desc.get("contact", ""), desc["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
