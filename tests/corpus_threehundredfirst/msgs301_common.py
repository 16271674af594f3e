"""Layout helpers for corpus 301: the candidate, HTML shells, signatures, disclaimers, and the
inner messages that other messages forward (those are not labelled themselves)."""

from __future__ import annotations

import html

CANDIDATE = ("Lucía Benítez", "lucia.benitez@example.es")

LUCIA_SIG_ES = """--
Lucía Benítez Roldán
Maestra de Educación Primaria · Formadora en competencia digital docente
Sevilla · +34 654 21 87 30"""

LUCIA_SIG_EN = """--
Lucía Benítez
Primary teacher moving into EdTech customer success & training
Seville, Spain · +34 654 21 87 30"""


def html_shell(plain: str, spec: dict) -> str:
    """A plain HTML rendering of the plain text: paragraphs, line breaks, quoted blocks."""
    blocks, quote, para = [], [], []

    def flush_para() -> None:
        if para:
            blocks.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote() -> None:
        if quote:
            inner = "<br>\n".join(html.escape(x) for x in quote)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          f'padding-left:1ex">{inner}</blockquote>')
            quote.clear()

    for line in plain.rstrip("\n").split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line.lstrip("> "))
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    brand = spec.get("brand")
    top = (f'<div style="background:{spec.get("brand_color", "#2b4c7e")};color:#fff;'
           f'padding:12px 20px;font-weight:bold">{html.escape(brand)}</div>\n') if brand else ""
    lang = spec.get("lang", "es")
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>{html.escape(spec['subject'])}</title></head>\n"
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{top}<div style=\"padding:16px 20px\">\n" + "\n".join(blocks)
            + "\n</div>\n</body>\n</html>\n")


DISCLAIMER_ES = """AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. De acuerdo con el RGPD, sus datos se tratarán con la finalidad de gestionar el proceso de selección; puede ejercer sus derechos en privacidad@{domain}."""

DISCLAIMER_EN = """This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Registered in Ireland. Registered office: {address}."""

DISCLAIMER_DE = """Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Sitz der Gesellschaft: {address}."""

DISCLAIMER_FR = """Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification : dpo@{domain}."""


# Messages that only travel inside others (message/rfc822); never written as files.
INNER: list[dict] = [
    {
        "key": "inner_friend_invite", "kind": "other", "lang": "es", "slug": "inner", "company": "", "contact": "",
        "frm": ("Selección Colegio Albaida", "seleccion@colegioalbaida.example.es"),
        "to": [("Carmen Vidal", "carmen.vidal.m@example.com")],
        "subject": "Convocatoria: clase demostrativa – jefatura de estudios",
        "date": "2026-04-14 12:05 +0200", "cte": "quoted-printable",
        "body": """Estimada Carmen:

Nos complace convocarla a una clase demostrativa el martes 21 de abril a las 10:00 en nuestra sede de Mairena del Aljarafe (C/ Nogal 4). Dispondrá de 20 minutos con un grupo de 4.º de Primaria y después mantendrá una breve entrevista con la dirección.

Rogamos confirme su asistencia respondiendo a este correo.

Un saludo,
Departamento de Selección
Colegio Albaida""",
    },
    {
        "key": "inner_lucia_application_fwd", "kind": "other", "lang": "de", "slug": "inner", "company": "",
        "contact": "", "frm": ("Lucía Benítez", "lucia.benitez@example.es"),
        "to": [("Sprachwerk Schulen Bewerbungen", "jobs@sprachwerk.example.de")],
        "subject": "Bewerbung als Trainerin für digitale Lernplattformen (Ref. SW-2026-14)",
        "date": "2026-06-02 21:40 +0200", "cte": "quoted-printable",
        "body": """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung für die Stelle als Trainerin für digitale Lernplattformen in Berlin (Ref. SW-2026-14). Ich unterrichte seit neun Jahren an einer Grundschule in Sevilla und habe dort die Einführung von Moodle und Tablets im Kollegium begleitet.

Mit freundlichen Grüßen
Lucía Benítez""",
    },
    {
        "key": "inner_podcast_brief", "kind": "other", "lang": "en", "slug": "inner", "company": "", "contact": "",
        "frm": ("Niamh Doyle", "niamh@teachersloungepod.example.ie"),
        "to": [("Tomás Garrido", "tomas@edupodcasts.example.es")],
        "subject": "Guest brief – Teachers' Lounge ep. 58",
        "date": "2026-07-01 16:20 +0100", "cte": "quoted-printable",
        "body": """Hi Tomás,

Here's the guest brief for episode 58. We're looking for a Spanish primary teacher who has moved (or is moving) into EdTech to talk about the switch for about 35 minutes. Recording is remote via Riverside; we send questions a week before.

Thanks!
Niamh""",
    },
]
