"""Writes the forty-eighth labelled corpus: Valentina Ríos's job-search inbox, Jan-Oct 2026.

Every message is written out below by hand (one `msg(...)` call each); this module only turns
those texts into .eml files with varied MIME structure and writes labels.csv. It imports only
the standard library and may create or delete files inside its own folder, nothing else.
Run: python tests/corpus_fortyeighth/make_fortyeighth.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import logging
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
CAND = ("Valentina Ríos Castellanos", "valentina.rios@example.com.mx")
KIND_DIRS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)


@dataclass
class Spec:
    """One message as written, with its labels and how it is to be encoded."""

    kind: str
    slug: str
    lang: str
    frm: tuple[str, str]
    subject: str
    body: str
    company: str = ""
    contact: str = ""
    reply_to: tuple[str, str] | None = None
    fmt: str = "plain"  # plain | html | alt
    charset: str = "utf-8"
    cte: str | None = None
    html_body: str | None = None
    ics: dict[str, str] | None = None
    bulk: bool = False
    attach: str | None = None
    to: tuple[str, str] = CAND
    cc: tuple[str, str] | None = None
    extra: dict[str, str] = field(default_factory=dict)


SPECS: list[Spec] = []


def msg(kind: str, slug: str, lang: str, frm: tuple[str, str], subject: str, body: str,
        **opts: object) -> None:
    """Record one message; the keyword options are Spec's fields."""
    SPECS.append(Spec(kind, slug, lang, frm, subject, body.strip("\n") + "\n", **opts))  # type: ignore[arg-type]


def _date(slug: str) -> datetime:
    """The day from WHEN when the text names dates (so threads read in order), else a stable
    day in Jan-Oct 2026 spread by the slug; the hour is spread by the slug either way."""
    h = int(hashlib.sha256(slug.encode()).hexdigest(), 16)
    minutes = timedelta(minutes=13 * 60 + (h >> 20) % 540)
    if slug in WHEN:
        return datetime.strptime(WHEN[slug], "%Y-%m-%d").replace(tzinfo=UTC) + minutes
    return datetime(2026, 1, 5, tzinfo=UTC) + timedelta(days=h % 280) + minutes


def _addr(pair: tuple[str, str]) -> Address:
    user, domain = pair[1].split("@")
    return Address(pair[0], user, domain)


def _to_html(text: str) -> str:
    """A template-looking HTML rendering of a plain body: a table, inline styles, a tracker."""
    paras = "".join(
        f'<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;color:#333">'
        f"{html.escape(p).replace(chr(10), '<br>')}</p>"
        for p in text.split("\n\n") if p.strip()
    )
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#f4f4f4\"><tr><td align=\"center\"><table width=\"600\" "
        "style=\"background:#ffffff;padding:24px\"><tr><td>"
        f"{paras}</td></tr></table></td></tr></table>"
        "<img src=\"https://t.example.net/open.gif?id=48\" width=\"1\" height=\"1\" alt=\"\">"
        "</body></html>\n"
    )


def _ics(spec: Spec, ident: str) -> str:
    ev = spec.ics or {}
    method = ev.get("method", "REQUEST")
    start = ev["start"]
    begin = datetime.strptime(start, "%Y%m%dT%H%M%SZ")
    end = (begin + timedelta(minutes=int(ev.get("minutes", "45")))).strftime("%Y%m%dT%H%M%SZ")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example//Calendar 1.0//ES", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ev.get('uid', ident)}",
        f"SEQUENCE:{ev.get('sequence', '0')}", "DTSTAMP:20260101T000000Z",
        f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{ev['summary']}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams')}",
        f"ORGANIZER;CN={spec.frm[0]}:mailto:{ev.get('organizer', spec.frm[1])}",
        f"ATTENDEE;CN={CAND[0]};RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{CAND[1]}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def build(spec: Spec, index: int) -> bytes:
    """The message as bytes, in the structure the spec asks for."""
    m = EmailMessage()
    domain = spec.frm[1].split("@")[1]
    ident = hashlib.sha1(spec.slug.encode()).hexdigest()[:16]
    m["From"] = _addr(spec.frm)
    m["To"] = _addr(spec.to)
    if spec.cc:
        m["Cc"] = _addr(spec.cc)
    if spec.reply_to:
        m["Reply-To"] = _addr(spec.reply_to)
    m["Subject"] = spec.subject
    m["Date"] = format_datetime(_date(spec.slug))
    m["Message-ID"] = f"<{ident}.{index}@{domain}>"
    if spec.subject.lower().startswith(("re:", "aw:", "rv:", "tr:", "re :")):
        parent = f"<{hashlib.sha1((spec.slug + 'p').encode()).hexdigest()[:16]}@mail.example.com.mx>"
        m["In-Reply-To"] = parent
        m["References"] = parent
    if spec.bulk:
        m["List-Id"] = f"<news.{domain}>"
        m["List-Unsubscribe"] = f"<https://{domain}/unsubscribe?u=48{index}>, <mailto:unsubscribe@{domain}>"
        m["Precedence"] = "bulk"
    for key, value in spec.extra.items():
        m[key] = value
    kw: dict[str, str] = {"charset": spec.charset}
    if spec.cte:
        kw["cte"] = spec.cte
    if spec.fmt == "html":
        m.set_content(spec.html_body or _to_html(spec.body), subtype="html", **kw)
    else:
        m.set_content(spec.body, **kw)
        if spec.fmt == "alt":
            m.add_alternative(spec.html_body or _to_html(spec.body), subtype="html", **kw)
    if spec.ics:
        cal = _ics(spec, ident)
        method = spec.ics.get("method", "REQUEST")
        if m.get_content_type() != "multipart/alternative":
            m.make_alternative()
        m.add_alternative(cal, subtype="calendar", params={"method": method})
    if spec.attach:
        m.add_attachment(b"%PDF-1.4\n% placeholder document\n%%EOF\n", maintype="application",
                         subtype="pdf", filename=spec.attach)
    for depth, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"=_b{depth}_{ident}")  # fixed boundaries keep reruns byte-identical
    return m.as_bytes(policy=SMTP)


def main() -> None:
    """Rewrite every kind folder and labels.csv from SPECS."""
    for kind in KIND_DIRS:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
        (ROOT / kind).mkdir()
    rows = []
    slugs = [s.slug for s in SPECS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for n, spec in enumerate(SPECS, start=1):
        assert spec.kind in KIND_DIRS, spec.kind
        rel = f"{spec.kind}/{n:03d}_{spec.slug}.eml"
        (ROOT / rel).write_bytes(build(spec, n))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))


# ---------------------------------------------------------------------------------------------
# The messages. Senders' display names and addresses are invented; ATS senders use ATS domains.
# ---------------------------------------------------------------------------------------------

REJ = "rejection"

msg(REJ, "posadas_workday_gerente_recepcion", "es",
    ("Grupo Posadas Talento", "posadas@myworkday.com"),
    "Actualización sobre tu postulación - Gerente de Recepción (REQ-20418)",
    """
Hola Valentina,

Gracias por tu interés en formar parte de Grupo Posadas y por el tiempo que dedicaste a tu postulación para la vacante Gerente de Recepción (REQ-20418) en Ciudad de México.

Después de revisar cuidadosamente tu perfil, te informamos que en esta ocasión hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto.

Conservaremos tus datos en nuestra base para futuras oportunidades. Te invitamos a seguir visitando nuestro portal de carreras.

Atentamente,
Atracción de Talento
Grupo Posadas

Este correo fue generado automáticamente. Por favor no respondas a este mensaje.
""", company="Grupo Posadas", fmt="alt")

msg(REJ, "hotel_casa_lucia_mobile", "es",
    ("Andrés Quintero", "andres.quintero@casalucia.example.com"),
    "Re: Entrevista jefe de recepción",
    """
Valentina buenas tardes, mil gracias por venir el martes. Al final nos vamos con una persona que ya conocía el sistema Opera y que puede empezar ya. Te deseo lo mejor de verdad.

Andrés

Enviado desde mi iPhone

> El 14 abr 2026, a las 10:02, Valentina Ríos Castellanos <valentina.rios@example.com.mx> escribió:
>
> Hola Andrés, quería agradecerle de nuevo por la entrevista del martes y preguntarle si ya hay
> novedades sobre el proceso. Quedo atenta.
> Saludos, Valentina
""", company="Casa Lucía", contact="andres.quintero@casalucia.example.com")

msg(REJ, "melia_successfactors_revenue", "es",
    ("Meliá Hotels International", "no_reply@successfactors.eu"),
    "Tu candidatura - Revenue Analyst (Palma)",
    """
Estimada Valentina Ríos Castellanos:

Te agradecemos sinceramente el interés mostrado en la posición Revenue Analyst - Oficinas Centrales (Palma).

Hemos recibido un elevado número de candidaturas y, tras un exhaustivo análisis, lamentamos comunicarte que tu perfil no ha sido seleccionado para continuar en el proceso.

Te animamos a seguir consultando nuestras ofertas en careers.example.com.

Un saludo cordial,
People & Culture
Meliá Hotels International

---
AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de MELIÁ HOTELS INTERNATIONAL, S.A. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía.
""", company="Meliá Hotels International", charset="iso-8859-1", cte="quoted-printable")

msg(REJ, "aerolinea_andina_on_hold", "es",
    ("Carolina Mejía Restrepo", "cmejia@aerolineaandina.example.co"),
    "Proceso Supervisor(a) Experiencia del Pasajero",
    """
Buen día Valentina,

Espero que te encuentres muy bien. Te escribo para contarte que la vacante de Supervisor(a) de Experiencia del Pasajero en Medellín quedó congelada por una reestructuración del área de aeropuertos, y por ahora no vamos a continuar con el proceso.

Sé que avanzaste hasta la entrevista con gerencia y te agradezco muchísimo la disposición. Si la vacante se reabre no dudaré en contactarte.

Un abrazo,

Carolina Mejía Restrepo
Analista de Selección | Gestión Humana
Aerolínea Andina
Tel. +57 604 444 1200 ext. 318
[Logo Aerolínea Andina]
""", company="Aerolínea Andina", contact="cmejia@aerolineaandina.example.co")

msg(REJ, "greenhouse_tripwise_cx", "en",
    ("Tripwise", "no-reply@us.greenhouse-mail.io"),
    "Your application to Tripwise",
    """
Hi Valentina,

Thank you for your interest in the Customer Experience Lead (LATAM) role at Tripwise, and for taking the time to speak with our team.

We've had a lot of strong applicants and have decided to pursue other candidates whose background more closely aligns with what we need right now.

We'll keep your details on file and may reach out if something opens up that's a better fit.

Best,
The Tripwise Talent Team
""", company="Tripwise", fmt="alt")

msg(REJ, "short_en_manager", "en",
    ("Jess Whitaker", "jess@harbourlineevents.example.com"),
    "Re: Event Manager",
    """
Hi Valentina - thanks for your time last week, but we won't be moving forward. All the best.

Jess
Harbourline Events
""", company="Harbourline Events", contact="jess@harbourlineevents.example.com")

msg(REJ, "indian_english_regret", "en",
    ("HR Desk - Sarovara Resorts", "hr.desk@sarovararesorts.example.in"),
    "Application Status : Guest Relations Manager",
    """
Dear Ms. Valentina,

Greetings from Sarovara Resorts!

This is with reference to your application for the post of Guest Relations Manager at our Goa property. We regret to inform you that your candidature has not been shortlisted for the further rounds at this point of time.

We shall keep your resume in our databank and do revert in case of any suitable opening in future.

Thanks & Regards,
Priya Nair
Talent Acquisition
Sarovara Resorts Pvt. Ltd.
M: +91 98450 11223
""", company="Sarovara Resorts", contact="hr.desk@sarovararesorts.example.in")

msg(REJ, "british_shant_progressing", "en",
    ("Oliver Pennington", "oliver.pennington@thamesgatehotels.example.co.uk"),
    "Following up",
    """
Dear Valentina,

Many thanks for coming in to meet Sarah and me on Thursday, and for the presentation on the group check-in process, which we both enjoyed.

It was a close call, but I'm afraid we shan't be progressing your application any further on this occasion. We felt another candidate's UK front office experience gave them the edge for this particular role.

Thank you again, and very best of luck with your search.

Kind regards,
Oliver

Oliver Pennington
Head of Rooms Division | Thamesgate Hotels
T: +44 20 7946 0321
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Thamesgate Hotels Ltd is registered in England and Wales No. 08812345.
""", company="Thamesgate Hotels", contact="oliver.pennington@thamesgatehotels.example.co.uk", charset="windows-1252", cte="quoted-printable")

msg(REJ, "take_home_lever_saas", "en",
    ("Mateo at Reservo", "no-reply@hire.lever.co"),
    "Update on your Reservo application",
    """
Hi Valentina,

Thanks so much for completing the take-home case on guest onboarding, we know it takes real time and we appreciate the effort you put in.

After reviewing it with the team we've decided not to move forward with your candidacy for the Customer Success Manager role. Honestly, it came down to prior SaaS account management experience, which we need from day one.

If you'd like a few lines of feedback on the case, just reply to Mateo at mateo.ferrari@reservo.example.com and he'll be happy to share.

Cheers,
Mateo Ferrari
Head of CS, Reservo
""", company="Reservo", contact="mateo.ferrari@reservo.example.com", reply_to=("Mateo Ferrari", "mateo.ferrari@reservo.example.com"))

msg(REJ, "agency_relayed_es_consult", "es",
    ("Lucía Benavides", "lucia.benavides@talentoyrumbo.example.com"),
    "Feedback proceso cliente cadena hotelera",
    """
Hola Valentina!!

Te escribo para darte el feedback del cliente (la cadena hotelera de Cancún que te comenté). Lamentablemente han decidido no avanzar con tu candidatura: buscaban a alguien con más experiencia en all inclusive y manejo de grupos de más de 500 habitaciones.

Yo me quedo con tu perfil que me encanta y en cuanto tenga algo que encaje mejor te vuelvo a llamar!! No te desanimes 💪

Besos,
Lucía Benavides
Senior Consultant Hospitality | Talento & Rumbo
+52 55 1234 5678
""", company="Talento & Rumbo", contact="lucia.benavides@talentoyrumbo.example.com")

msg(REJ, "position_filled_ar_vos", "es",
    ("Martín Gorostiaga", "mgorostiaga@bodegasdelplata.example.com.ar"),
    "Búsqueda Coordinador/a de Eventos",
    """
Hola Valentina, ¿cómo estás?

Te quería avisar que ya cubrimos la búsqueda de Coordinador/a de Eventos para la bodega. Te agradezco muchísimo que te hayas tomado el tiempo de mandarnos tu CV y de charlar conmigo por teléfono, la verdad que tenés un perfil re interesante.

Cualquier cosa seguimos en contacto.

Saludos,
Martín
--
Martín Gorostiaga
RR.HH. - Bodegas del Plata
Mendoza, Argentina
""", company="Bodegas del Plata", contact="mgorostiaga@bodegasdelplata.example.com.ar", charset="iso-8859-1")

msg(REJ, "taleo_aeropuerto_cl", "es",
    ("Nuevo Pudahuel - Selección", "noreply@taleo.net"),
    "Postulación: Jefe de Turno Atención a Pasajeros - Ref 11803",
    """
Estimado(a) postulante: VALENTINA RIOS CASTELLANOS

Agradecemos su participación en el proceso de selección para el cargo Jefe de Turno Atención a Pasajeros - Ref 11803.
Le informamos que, luego de evaluar los antecedentes de los postulantes, su perfil no continuará en las siguientes etapas del proceso.

Le deseamos éxito en sus desafíos profesionales.

Atte.
Gerencia de Personas
Nuevo Pudahuel
*** Favor no responder este correo. ***
""", company="Nuevo Pudahuel", fmt="html")

msg(REJ, "after_dinamica_grupo_pe", "es",
    ("Selección Casa Andina", "seleccion@casaandina.example.pe"),
    "Resultado de la dinámica grupal",
    """
Estimada Valentina:

Reciba un cordial saludo. Le agradecemos por su participación en la dinámica de grupo realizada el día jueves en nuestras oficinas de Miraflores.

Luego de evaluar a los participantes, le comunicamos que no ha sido considerada para pasar a la siguiente etapa del proceso de Asistente de Gerencia de Alojamiento. Valoramos mucho su interés y la invitamos a postular a futuras convocatorias.

Atentamente,
Equipo de Selección
Casa Andina Hoteles
""", company="Casa Andina Hoteles", contact="seleccion@casaandina.example.pe", fmt="alt")

msg(REJ, "cancelled_role_es_spain", "es",
    ("Nuria Vidal", "nuria.vidal@congresosmediterraneo.example.es"),
    "Vacante Project Manager Congresos",
    """
Hola Valentina:

Te escribo para comunicarte que finalmente la posición de Project Manager de Congresos se ha cancelado. La dirección ha decidido cubrir las funciones internamente y no vamos a seguir con el proceso de selección externo.

Siento mucho no traerte mejores noticias después de las dos entrevistas y el caso práctico. Si en otoño se abre algo te escribo yo directamente.

Un saludo,

Nuria Vidal
Responsable de Personas
Congresos Mediterráneo | Valencia
""", company="Congresos Mediterráneo", contact="nuria.vidal@congresosmediterraneo.example.es", charset="windows-1252", cte="quoted-printable")

msg(REJ, "smartrecruiters_retail_mx", "es",
    ("Liverpool Talento", "noreply@smartrecruiters.com"),
    "Gracias por postularte a Liverpool",
    """
Hola Valentina,

Gracias por el tiempo que dedicaste a postularte para Gerente de Experiencia al Cliente - Tienda Perisur.

Queremos ser transparentes contigo: en este momento no avanzaremos con tu candidatura. Esta decisión no fue fácil debido a la cantidad de perfiles de gran nivel que recibimos.

Te deseamos mucho éxito.

Equipo de Talento
Liverpool
""", company="Liverpool", fmt="alt", cte="base64")

msg(REJ, "fr_croisiere_regret", "fr",
    ("Recrutement Croisières Azur", "recrutement@croisieresazur.example.fr"),
    "Votre candidature - Responsable Expérience Passagers",
    """
Madame,

Nous avons bien pris connaissance de votre candidature au poste de Responsable Expérience Passagers et vous remercions de l'intérêt que vous portez à notre compagnie.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable, d'autres profils correspondant davantage à nos besoins actuels.

Nous vous souhaitons pleine réussite dans vos recherches et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service Recrutement
Croisières Azur
""", company="Croisières Azur", contact="recrutement@croisieresazur.example.fr", charset="iso-8859-1", cte="quoted-printable")

msg(REJ, "fr_casual_after_interview", "fr",
    ("Camille Roussel", "camille.roussel@lesjardinsdalma.example.fr"),
    "Re: Entretien mardi",
    """
Bonjour Valentina,

Merci encore pour l'échange de mardi, c'était vraiment sympa. On a finalement retenu une candidate déjà sur place à Lyon, pour des raisons de disponibilité immédiate surtout.

Je garde ton CV sous le coude, on ouvre souvent des postes pour la saison.

Belle journée,
Camille
Les Jardins d'Alma - Hôtel & Spa

Le 3 mars 2026 à 18:40, Valentina Ríos Castellanos <valentina.rios@example.com.mx> a écrit :
> Bonjour Camille, merci pour votre temps aujourd'hui !
""", company="Les Jardins d'Alma", contact="camille.roussel@lesjardinsdalma.example.fr")

msg(REJ, "de_absage_personio", "de",
    ("Alpenblick Resort", "jobs-noreply@personio.de"),
    "Ihre Bewerbung als Guest Experience Managerin (m/w/d)",
    """
Sehr geehrte Frau Ríos Castellanos,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Haus.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Personalteam
Alpenblick Resort GmbH & Co. KG
""", company="Alpenblick Resort", fmt="html")

msg(REJ, "de_after_interview_du", "de",
    ("Jonas Brandt", "jonas.brandt@kongresswerk.example.de"),
    "AW: Gespräch letzte Woche",
    """
Hallo Valentina,

danke nochmal für das nette Gespräch! Leider müssen wir dir absagen, wir haben uns für eine Kandidatin entschieden, die schon länger im Messegeschäft in Deutschland unterwegs ist.

Ich wünsch dir alles Gute und viel Erfolg!

Viele Grüße
Jonas

Am 12.05.2026 um 09:15 schrieb Valentina Ríos Castellanos <valentina.rios@example.com.mx>:
> Hallo Jonas, gibt es schon Neuigkeiten zum Prozess?
""", company="Kongresswerk", contact="jonas.brandt@kongresswerk.example.de")

msg(REJ, "bamboohr_vn_owned_en", "en",
    ("Lotus Bay Hospitality", "notifications@app.bamboohr.com"),
    "Thank you for applying",
    """
Dear Valentina,

Thank you for applying for the position of Front Office Manager at Lotus Bay Hospitality (Da Nang). We truly appreciate your interest in our company.

Unfortunately, after careful consideration we have decided to proceed with other applicants for this position. We hope you will apply for future openings.

Warm regards,
Nguyen Thi Mai
HR Manager
Lotus Bay Hospitality Group
""", company="Lotus Bay Hospitality Group", fmt="alt")

msg(REJ, "irish_owned_en_soft", "en",
    ("Aoife Byrne", "aoife.byrne@claddaghtravel.example.ie"),
    "Your application",
    """
Hi Valentina,

Thanks a million for applying for the Partner Events Manager role and for chatting with me on Monday.

I'm sorry to say we've decided to go with someone who has more experience with Irish tour operators, which turned out to be a bigger part of the role than we'd advertised. That's on us, not you.

Best of luck with everything,
Aoife

Aoife Byrne | People Lead
Claddagh Travel Group | Galway
""", company="Claddagh Travel Group", contact="aoife.byrne@claddaghtravel.example.ie")

msg(REJ, "teamtailor_bcn_es", "es",
    ("Ona Travel Tech", "no-reply@teamtailor-mail.com"),
    "Sobre tu candidatura a Customer Success Specialist",
    """
Hola Valentina,

¡Gracias por querer formar parte de Ona!

Hemos revisado con calma tu candidatura para Customer Success Specialist (Barcelona / híbrido) y, aunque tu experiencia en hotelería es muy interesante, no vamos a seguir adelante en esta ocasión.

Nos encantaría que nos siguieras la pista en nuestra página de empleo.

Un abrazo,
El equipo de Ona Travel Tech
""", company="Ona Travel Tech", fmt="alt")

msg(REJ, "psicometricas_co_usted", "es",
    ("Diana Patricia Rojas", "dprojas@bancoandes.example.co"),
    "Resultado proceso de selección - Coordinador Servicio al Cliente",
    """
Señora
VALENTINA RÍOS CASTELLANOS
Ciudad

Cordial saludo,

Agradecemos su participación en las pruebas psicotécnicas y en la entrevista por competencias para el cargo de Coordinador(a) de Servicio al Cliente. Una vez analizados los resultados, nos permitimos informarle que en esta oportunidad no continuará en el proceso.

Su hoja de vida quedará en nuestra base de datos para futuras convocatorias.

Atentamente,

Diana Patricia Rojas
Profesional de Selección
Banco de los Andes
PBX (601) 742 0000

La información contenida en este mensaje es confidencial y solo puede ser utilizada por la persona o entidad a la que está dirigida. Si usted recibió este correo por error, por favor notifique al remitente y elimínelo.
""", company="Banco de los Andes", contact="dprojas@bancoandes.example.co", charset="windows-1252", cte="quoted-printable")

msg(REJ, "references_uy", "es",
    ("Florencia Techera", "ftechera@puntadeleste-resort.example.com.uy"),
    "Re: Referencias laborales",
    """
Valentina, gracias por mandarnos los contactos de las referencias tan rápido.

Te cuento que finalmente la gerencia decidió ir por otro candidato para el puesto de Jefa de Eventos. Fue una decisión difícil porque llegaron dos perfiles muy parejos.

Quedamos a las órdenes. Muchos éxitos!

Flor
--
Florencia Techera
Capital Humano | Punta del Este Resort & Casino
""", company="Punta del Este Resort & Casino", contact="ftechera@puntadeleste-resort.example.com.uy")

msg(REJ, "recruitee_finnish_en", "en",
    ("Northlight Stays", "no-reply@recruitee.com"),
    "Northlight Stays – Guest Success Manager",
    """
Hi Valentina,

Thank you for your application to Northlight Stays. We have now reviewed all applications for the Guest Success Manager position.

Unfortunately we will not continue with your application. We received over 300 applications, so we cannot give individual feedback.

Kiitos and all the best,
Northlight Stays recruitment team
Helsinki, Finland
""", company="Northlight Stays", fmt="alt")

msg(REJ, "factorial_restaurant_es", "es",
    ("Grupo Tragaluz", "notificaciones@factorialhr.com"),
    "Grupo Tragaluz - Actualización de tu candidatura",
    """
Hola Valentina Ríos Castellanos,

Queríamos informarte de que el proceso para la posición "Event Sales Manager" ha avanzado y tu candidatura ha sido descartada.

Gracias por tu interés en trabajar con nosotros.

Saludos,
Grupo Tragaluz
""", company="Grupo Tragaluz", fmt="html")

msg(REJ, "ingles_prueba_mx", "es",
    ("Mariana Solís", "mariana.solis@vivaturismo.example.com.mx"),
    "Resultados prueba de inglés",
    """
Hola Vale, buenas tardes

Ya tengo los resultados de la prueba de inglés y el caso práctico. Te comparto con mucha pena que el equipo de dirección decidió no continuar contigo para el puesto de Coordinadora de Grupos y Convenciones; buscaban nivel C2 comprobable para atender a los clientes corporativos de EU.

Gracias por todo el esfuerzo, de verdad, y ojalá coincidamos más adelante.

Saludos!
Mariana Solís | Reclutamiento
Viva Turismo Cancún
Cel. 998 123 4567
""", company="Viva Turismo Cancún", contact="mariana.solis@vivaturismo.example.com.mx")

msg(REJ, "australian_en_unsuccessful", "en",
    ("Brooke Kelly", "brooke.kelly@coralcoastresorts.example.com.au"),
    "Events Coordinator - outcome",
    """
Hi Valentina,

Thanks heaps for your interest in the Events Coordinator role with Coral Coast Resorts. Unfortunately on this occasion your application has been unsuccessful. We had a really strong field of candidates.

All the best with your job hunt!

Cheers,
Brooke
Coral Coast Resorts | People & Culture
""", company="Coral Coast Resorts", contact="brooke.kelly@coralcoastresorts.example.com.au")

msg(REJ, "workday_airline_en_chain", "en",
    ("Skyward Airlines", "skyward@myworkday.com"),
    "Skyward Airlines – Regarding your application for Airport Guest Services Manager (MIA)",
    """
Dear Valentina,

Thank you for your recent application for Airport Guest Services Manager (MIA), Job Requisition ID R-0057731.

We have carefully reviewed your qualifications and, while your background is impressive, we have decided to move forward with other candidates for this position.

We encourage you to continue to explore opportunities at Skyward Airlines.

Regards,
Skyward Airlines Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
""", company="Skyward Airlines", fmt="html", cte="quoted-printable")

msg(REJ, "universidad_rrhh_es", "es",
    ("Recursos Humanos UAG", "rrhh@uag-ejemplo.example.edu.mx"),
    "Convocatoria Coordinación de Vinculación y Eventos",
    """
Estimada candidata:

Por medio del presente le informamos que el Comité de Selección ha concluido la revisión de expedientes para la Coordinación de Vinculación y Eventos. Lamentamos informarle que su expediente no fue seleccionado para la etapa de entrevistas.

Agradecemos su interés en nuestra institución.

Atentamente,
"Ciencia y Conciencia"
Dirección de Recursos Humanos
Universidad Autónoma de Guadalajara del Occidente
""", company="Universidad Autónoma de Guadalajara del Occidente", contact="rrhh@uag-ejemplo.example.edu.mx", charset="iso-8859-1", cte="quoted-printable")

INV = "interview_invitation"

msg(INV, "calendly_hostel_es", "es",
    ("Pablo Herrera", "pablo@selinaverde.example.com"),
    "Charla rápida?",
    """
Hola Valentina! Vi tu CV para Community & Events Manager en Medellín y me gustaría que tuviéramos una llamada de 20 min esta semana para conocerte.

Agenda el horario que mejor te quede aquí: https://calendly.com/pablo-herrera-verde/20min

Saludos,
Pablo
Hostel Verde Medellín
""", company="Hostel Verde Medellín", contact="pablo@selinaverde.example.com")

msg(INV, "goodtime_airline_en", "en",
    ("Skyward Airlines Recruiting", "scheduling@goodtime.io"),
    "Action required: schedule your interview with Skyward Airlines",
    """
Hi Valentina,

Congratulations! The hiring team for Customer Experience Manager - Latin America would like to move you to the next stage: a 45-minute video interview with Rachel Gómez (Director, Guest Experience).

Please select a time that works for you using the link below. Available slots are shown in your local time zone.

Select a time: https://app.goodtime.io/schedule/skyward/7f3a91

If none of the times work, reply to this email and your recruiter, Dana Whitfield (dana.whitfield@skywardair.example.com), will help.

Skyward Airlines Talent Acquisition
""", company="Skyward Airlines", contact="dana.whitfield@skywardair.example.com", reply_to=("Dana Whitfield", "dana.whitfield@skywardair.example.com"), fmt="alt")

msg(INV, "entrevista_telefonica_es_spain", "es",
    ("Marta Ruiz - RRHH", "marta.ruiz@hotelesbahia.example.es"),
    "Entrevista telefónica - Jefe/a de Recepción Hotel Bahía Sevilla",
    """
Buenos días Valentina,

Soy Marta, de Recursos Humanos de Hoteles Bahía. Hemos revisado tu candidatura para el puesto de Jefe/a de Recepción en nuestro hotel de Sevilla y nos gustaría tener una primera entrevista telefónica contigo.

¿Te vendría bien el miércoles 18 a las 17:00 (hora de España)? Si no, dime un par de franjas que te encajen y lo cuadramos.

Un saludo,
Marta Ruiz
Dpto. de Recursos Humanos
Hoteles Bahía
Tlf. 954 00 11 22
""", company="Hoteles Bahía", contact="marta.ruiz@hotelesbahia.example.es", charset="iso-8859-1", cte="quoted-printable")

msg(INV, "videoentrevista_teams_ics_mx", "es",
    ("Ximena Aguilar", "ximena.aguilar@fiestaamericana-corp.example.com.mx"),
    "Invitación: Videoentrevista - Gerente de Eventos | Ximena Aguilar",
    """
Hola Valentina,

Te envío la invitación para la videoentrevista con el Gerente de Banquetes, Rodrigo Lara, el jueves 12 de marzo a las 10:00 h (Ciudad de México) por Microsoft Teams.

Por favor confirma aceptando la invitación. Ten a la mano ejemplos de eventos que hayas coordinado (número de asistentes, presupuesto).

Unirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4

Saludos cordiales,
Ximena Aguilar
Atracción de Talento | Fiesta Americana Corporativo
""", company="Fiesta Americana Corporativo", contact="ximena.aguilar@fiestaamericana-corp.example.com.mx",
    ics={"summary": "Videoentrevista Gerente de Eventos - Valentina Ríos", "start": "20260312T160000Z", "minutes": "60"})

msg(INV, "agency_many_exclamations_en", "en",
    ("Kayla Morgan", "kayla@brightpathtalent.example.com"),
    "Great news!!",
    """
Hi Valentina!!

Amazing news - my client (a luxury cruise line HQ'd in Miami) LOVED your profile and wants to set up a first interview for the Guest Services Operations Manager role!!! 🎉

They have availability Tues 2-5pm or Thurs 10am-12pm ET. Can you let me know ASAP which works best? I'll send the Zoom details as soon as it's confirmed.

So excited for you!!
Kayla

Kayla Morgan | Senior Recruiter, Hospitality & Travel
BrightPath Talent
(305) 555-0148
""", company="BrightPath Talent", contact="kayla@brightpathtalent.example.com")

msg(INV, "dinamica_grupo_pe", "es",
    ("Reclutamiento LATAM Airlines Perú", "reclutamiento.peru@latam-ejemplo.example.pe"),
    "Citación a dinámica grupal - Proceso Supervisor de Aeropuerto",
    """
Estimada Valentina:

Nos complace comunicarle que ha sido seleccionada para participar en la siguiente etapa del proceso: DINÁMICA GRUPAL.

Fecha: viernes 6 de febrero
Hora: 9:00 a.m. (llegar 15 minutos antes)
Lugar: Av. Elmer Faucett s/n, Callao - Edificio Administrativo, piso 3
Presentarse con DNI o carné de extranjería y vestimenta formal.

Le agradeceremos confirmar su asistencia respondiendo a este correo.

Atentamente,
Equipo de Reclutamiento
LATAM Airlines Perú
""", company="LATAM Airlines Perú", contact="reclutamiento.peru@latam-ejemplo.example.pe", fmt="alt")

msg(INV, "next_round_greenhouse_en", "en",
    ("Noor Haddad", "noor.haddad@staybird.example.com"),
    "Next steps - Staybird",
    """
Hi Valentina,

Thanks again for the chat on Tuesday, the team really enjoyed hearing about how you rebuilt the VIP arrivals process.

We'd love to move you to the next stage, which is a 60 min panel with our Head of Support and two team leads. You'll get a scheduling email from Greenhouse shortly - just pick whatever time suits.

No prep needed beyond thinking of a difficult guest situation and how you handled it.

Speak soon,
Noor
Talent Partner | Staybird
""", company="Staybird", contact="noor.haddad@staybird.example.com")

msg(INV, "visita_hotel_co_tu", "es",
    ("Sebastián Ocampo", "socampo@hotelcasaleon.example.co"),
    "Visita al hotel",
    """
Hola Valentina, ¿qué más?

Te cuento que al gerente general le gustó mucho tu perfil y quiere conocerte en persona. ¿Podrías venir al hotel el lunes a las 3 pm? La idea es hacer la entrevista con gerencia y luego un recorrido por la operación de recepción y eventos.

La dirección es Cra. 37 #8A-32, El Poblado. Pregunta por mí en recepción.

Quedo atento,
Sebastián Ocampo
Jefe de Talento Humano
Hotel Casa León
""", company="Hotel Casa León", contact="socampo@hotelcasaleon.example.co")

msg(INV, "workday_self_schedule_en", "en",
    ("Marriott Careers", "marriott@myworkday.com"),
    "Interview Scheduling - Director of Events (Cancún)",
    """
Dear Valentina,

You have been selected to interview for the Director of Events position (Req 26014455). Please log in to your candidate home account to choose an interview time from the available options.

Sign in: https://marriott.wd5.myworkdayjobs.com/en-US/careers/login

Interview type: Video - Hiring Manager
Duration: 45 minutes

Please do not reply to this email.
Marriott International Talent Acquisition
""", company="Marriott International", fmt="html")

msg(INV, "fr_entretien_visio", "fr",
    ("Sophie Marchand", "s.marchand@palaisdescongres-ouest.example.fr"),
    "Proposition d'entretien - Chef de projet événementiel",
    """
Bonjour Madame Ríos Castellanos,

Suite à votre candidature au poste de Chef de projet événementiel, nous souhaiterions vous rencontrer en visioconférence pour un premier entretien d'environ 45 minutes.

Seriez-vous disponible le jeudi 23 avril à 16h (heure de Paris) ? À défaut, n'hésitez pas à me proposer d'autres créneaux.

Bien cordialement,

Sophie Marchand
Chargée de recrutement
Palais des Congrès de l'Ouest
02 40 00 12 34
""", company="Palais des Congrès de l'Ouest", contact="s.marchand@palaisdescongres-ouest.example.fr", charset="iso-8859-1", cte="quoted-printable")

msg(INV, "de_einladung_vorstellung", "de",
    ("Katrin Hoffmann", "k.hoffmann@seehotel-lindau.example.de"),
    "Einladung zum Vorstellungsgespräch",
    """
Sehr geehrte Frau Ríos Castellanos,

vielen Dank für Ihre Bewerbung als Front Office Managerin. Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videocall ein und schlagen Dienstag, den 9. Juni, um 15:00 Uhr MESZ vor. Bitte bestätigen Sie uns kurz den Termin.

Mit freundlichen Grüßen

Katrin Hoffmann
Personalleitung
Seehotel Lindau
Tel. +49 8382 12345
""", company="Seehotel Lindau", contact="k.hoffmann@seehotel-lindau.example.de",
    ics={"summary": "Vorstellungsgespräch Front Office Managerin", "start": "20260609T130000Z", "minutes": "60", "location": "Zoom"})

msg(INV, "linkedin_inmail_with_call", "es",
    ("Renata Calderón vía LinkedIn", "inmail-hit-reply@linkedin.com"),
    "Renata te ha enviado un mensaje",
    """
Renata Calderón
Talent Acquisition Partner en Clúster Turismo Jalisco

Hola Valentina, gracias por aplicar a Coordinadora de Promoción Turística. Me gustaría agendar una entrevista contigo por videollamada este jueves o viernes. ¿Me compartes tu disponibilidad y un teléfono? Mi correo es renata.calderon@clusterturismojalisco.example.org.mx

Responder

Recibes mensajes InMail. Darse de baja | Ayuda
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""", company="Clúster Turismo Jalisco", contact="renata.calderon@clusterturismojalisco.example.org.mx", reply_to=("Renata Calderón", "renata.calderon@clusterturismojalisco.example.org.mx"), fmt="alt")

msg(INV, "caso_practico_madrid", "es",
    ("Álvaro Montes", "alvaro.montes@destinomadrid.example.es"),
    "Siguiente fase: caso práctico + entrevista",
    """
Hola Valentina,

Enhorabuena, has pasado a la siguiente fase del proceso para Técnico/a de Promoción Internacional.

Consiste en un caso práctico (te lo envío el lunes, tienes 48 h) y después una entrevista presencial con la Subdirección el viernes 27 a las 12:00 en nuestras oficinas de la calle Alcalá.

Confírmame que te encaja, porfa.

Saludos,
Álvaro Montes
Área de Personas
Destino Madrid - Oficina de Turismo
""", company="Destino Madrid - Oficina de Turismo", contact="alvaro.montes@destinomadrid.example.es")

msg(INV, "smartrecruiters_interview_cl", "es",
    ("Cencosud Selección", "noreply@smartrecruiters.com"),
    "Te invitamos a una entrevista: Jefe/a Servicio al Cliente",
    """
Hola Valentina,

¡Buenas noticias! Queremos conocerte. Te invitamos a una entrevista por videollamada para el cargo Jefe/a Servicio al Cliente - Santiago.

Reserva tu horario aquí: https://jobs.smartrecruiters.com/sr-jobs/interview/a81f

Si tienes dudas, escríbele a tu reclutadora: Javiera Muñoz (javiera.munoz@cencosud-ejemplo.example.cl).

Saludos,
Equipo de Selección Cencosud
""", company="Cencosud", contact="javiera.munoz@cencosud-ejemplo.example.cl", reply_to=("Javiera Muñoz", "javiera.munoz@cencosud-ejemplo.example.cl"), fmt="html")

msg(INV, "ar_vos_entrevista_rrhh", "es",
    ("Lucila Ferreyra", "lferreyra@estanciadelsol.example.com.ar"),
    "Entrevista RRHH",
    """
Hola Valentina! Cómo va?

Te escribo de Estancia del Sol por la búsqueda de Analista de RRHH Generalista. Nos gustaría coordinar una entrevista con vos, puede ser por Meet. Tenés disponibilidad el martes a la mañana, tipo 10 hs de Argentina?

Avisame y te mando el link.

Saludos!
Lu
Lucila Ferreyra - Recursos Humanos
Estancia del Sol Hoteles
""", company="Estancia del Sol Hoteles", contact="lferreyra@estanciadelsol.example.com.ar")

msg(INV, "indian_en_telephonic", "en",
    ("Rohit Sharma", "rohit.sharma@maharajatravels.example.in"),
    "Telephonic round - Tourism Partnerships Manager",
    """
Dear Valentina,

Hope you are doing well.

Your profile has been shortlisted for the Tourism Partnerships Manager (LATAM desk) position. We would like to schedule a telephonic round with our VP - International Sales on 14th April at 8:30 PM IST.

Kindly confirm your availability and share your updated CV along with current CTC and notice period. Do revert at the earliest.

Thanks and Regards,
Rohit Sharma
HR Executive
Maharaja Travels & Tours
+91 11 4050 7788
""", company="Maharaja Travels & Tours", contact="rohit.sharma@maharajatravels.example.in")

msg(INV, "panel_onsite_lisboa_en", "en",
    ("Inês Carvalho", "ines.carvalho@tejoexperiences.example.pt"),
    "Final round in Lisbon",
    """
Olá Valentina,

Great news - you're through to the final round for the Experience Design Lead role. It's an onsite half-day at our Lisbon office (Rua da Prata 120): a 30-min presentation on a 3-day incentive trip concept, then a panel with our CEO and Head of Ops.

We'll cover travel if you're not in Lisbon. Would 5 or 6 May work?

Beijinhos,
Inês
People & Talent, Tejo Experiences
""", company="Tejo Experiences", contact="ines.carvalho@tejoexperiences.example.pt", fmt="alt")

msg(INV, "mx_gerencia_whatsapp", "es",
    ("Claudia Treviño", "claudia.trevino@grupoarbol.example.com.mx"),
    "RE: Vacante Gerente de Restaurante - Monterrey",
    """
Valentina buen día

Ya platiqué con el director de operaciones y quiere entrevistarte el viernes a las 12 en el corporativo de San Pedro (Av. Vasconcelos 345, piso 8). Te pido por favor traer CV impreso e identificación.

Cualquier cosa me mandas WhatsApp al 81 1234 5678.

Saludos
Claudia Treviño
RH Grupo Árbol Restaurantes

-----Original Message-----
From: Valentina Ríos Castellanos <valentina.rios@example.com.mx>
Sent: lunes, 9 de febrero de 2026 11:20
To: Claudia Treviño <claudia.trevino@grupoarbol.example.com.mx>
Subject: Vacante Gerente de Restaurante - Monterrey

Buen día Claudia, le comparto mi CV para la vacante que publicaron en OCC Mundial. Saludos.
""", company="Grupo Árbol Restaurantes", contact="claudia.trevino@grupoarbol.example.com.mx", charset="windows-1252", cte="quoted-printable")

msg(INV, "teamtailor_invite_val", "es",
    ("Tuki Travel", "no-reply@teamtailor-mail.com"),
    "Tuki Travel te invita a una entrevista",
    """
¡Hola Valentina!

Nos ha encantado tu candidatura para Travel Experience Specialist. Nos gustaría conocerte en una videollamada de 30 minutos con Laia, nuestra Head of Operations.

Elige el horario que mejor te venga: https://tukitravel.teamtailor.com/meetings/4f2a

¡Hasta pronto!
Equipo Tuki Travel
""", company="Tuki Travel", fmt="alt")

msg(INV, "quick_chat_en_casual", "en",
    ("Ben Carter", "ben@loopvenue.example.com"),
    "Quick question",
    """
Hey Valentina - would you be free for a quick chat Thursday or Friday about the Venue Ops Manager role? 20-30 mins on Zoom. Send me a couple of times and I'll make it work.

Ben
Loop Venue Co.
""", company="Loop Venue Co.", contact="ben@loopvenue.example.com")

msg(INV, "de_du_zweites_gespraech", "de",
    ("Lena Wagner", "lena.wagner@reisewerk.example.de"),
    "Zweites Gespräch?",
    """
Hi Valentina,

das Team fand dich super! Wir würden gern ein zweites Gespräch mit unserem Head of Customer Care machen, ca. 45 Minuten per Google Meet. Passt dir Mittwoch 16:30 Uhr oder Donnerstag 10 Uhr?

LG
Lena

Lena Wagner
Talent Acquisition | Reisewerk
""", company="Reisewerk", contact="lena.wagner@reisewerk.example.de")

msg(INV, "uy_entrevista_ics", "es",
    ("Gonzalo Píriz", "gpiriz@antelcx.example.com.uy"),
    "Entrevista Jefe de Experiencia Cliente",
    """
Estimada Valentina:

Por la presente le confirmamos la entrevista para el cargo de Jefe de Experiencia Cliente con la Gerencia Comercial. Adjuntamos invitación de calendario.

Fecha: martes 21 de julio, 11:00 (Montevideo)
Modalidad: presencial, Guatemala 1075, piso 4

Saludos cordiales,
Gonzalo Píriz
Selección y Desarrollo
Antel Experiencia Cliente
""", company="Antel Experiencia Cliente", contact="gpiriz@antelcx.example.com.uy",
    ics={"summary": "Entrevista - Jefe de Experiencia Cliente", "start": "20260721T140000Z", "minutes": "60", "location": "Guatemala 1075 piso 4"})

msg(INV, "fr_tu_appel", "fr",
    ("Julien Perrin", "julien@welcomeboard.example.fr"),
    "Un call cette semaine ?",
    """
Salut Valentina,

J'ai vu ta candidature pour le poste de Customer Success Manager Hospitality chez Welcomeboard, ton parcours en hôtellerie m'a vraiment parlé. Tu serais dispo pour un premier call de 30 min jeudi ou vendredi ?

Tu peux réserver directement ici : https://calendly.com/julien-welcomeboard/30min

À très vite,
Julien
Head of Talent - Welcomeboard
""", company="Welcomeboard", contact="julien@welcomeboard.example.fr")

msg(INV, "pruebas_psicometricas_invite", "es",
    ("Talento Humano - Bancolombiano", "talento.humano@bancolombiano.example.co"),
    "Citación entrevista y pruebas - Coordinador(a) Experiencia Cliente",
    """
Buenas tardes Valentina,

Felicitaciones, continúas en el proceso de selección. Te citamos a entrevista con el líder del área y aplicación de pruebas psicotécnicas el próximo miércoles 3 de junio a las 8:00 a.m., en la sede de la Calle 50, Medellín, piso 12. Duración aproximada: 3 horas.

Por favor confirma tu asistencia respondiendo este correo.

Cordialmente,
Equipo de Talento Humano
Bancolombiano
""", company="Bancolombiano", contact="talento.humano@bancolombiano.example.co", fmt="alt", cte="base64")

RES = "interview_reschedule_or_cancel"

msg(RES, "cambio_hora_es_spain", "es",
    ("Marta Ruiz - RRHH", "marta.ruiz@hotelesbahia.example.es"),
    "Cambio de hora entrevista",
    """
Hola Valentina,

Perdona el lío: a la directora del hotel le ha surgido una reunión con la cadena y no podrá estar a las 17:00 del miércoles. ¿Podríamos pasar la entrevista al jueves a la misma hora? Si no te va bien, dime y buscamos otro hueco.

Disculpa las molestias.

Marta
Hoteles Bahía
""", company="Hoteles Bahía", contact="marta.ruiz@hotelesbahia.example.es")

msg(RES, "cancel_ics_mx", "es",
    ("Ximena Aguilar", "ximena.aguilar@fiestaamericana-corp.example.com.mx"),
    "Cancelado: Videoentrevista - Gerente de Eventos",
    """
Hola Valentina,

Te escribo para cancelar la videoentrevista del jueves 12 a las 10:00. Rodrigo tuvo que viajar de emergencia a Los Cabos por un evento. En cuanto tenga su nueva agenda te propongo otra fecha, ¡una disculpa!

Saludos,
Ximena
""", company="Fiesta Americana Corporativo", contact="ximena.aguilar@fiestaamericana-corp.example.com.mx",
    ics={"summary": "Videoentrevista Gerente de Eventos - Valentina Ríos", "start": "20260312T160000Z", "minutes": "60", "method": "CANCEL", "sequence": "1"})

msg(RES, "en_push_back_mobile", "en",
    ("Noor Haddad", "noor.haddad@staybird.example.com"),
    "Re: Panel interview Thursday",
    """
Hi V, so sorry - one of the panelists is out sick. Can we push to Monday same time? Will resend the invite.

Noor

Sent from my iPhone

On Tue, Apr 7, 2026 at 9:12 AM Valentina Ríos Castellanos <valentina.rios@example.com.mx> wrote:
> Hi Noor, confirming Thursday 3pm works for me. Looking forward to it!
""", company="Staybird", contact="noor.haddad@staybird.example.com")

msg(RES, "goodtime_reschedule_en", "en",
    ("Skyward Airlines Recruiting", "scheduling@goodtime.io"),
    "Your interview with Skyward Airlines has been rescheduled",
    """
Hi Valentina,

Your interview for Customer Experience Manager - Latin America has been rescheduled at the interviewer's request.

New time: Friday, May 15, 2026, 11:00 AM - 11:45 AM (America/Mexico_City)
Interviewer: Rachel Gómez
Location: Zoom (link in calendar invitation)

Questions? Contact Dana Whitfield at dana.whitfield@skywardair.example.com.
""", company="Skyward Airlines", contact="dana.whitfield@skywardair.example.com", reply_to=("Dana Whitfield", "dana.whitfield@skywardair.example.com"), fmt="alt",
    ics={"summary": "Interview: Skyward Airlines - CX Manager LATAM", "start": "20260515T170000Z", "minutes": "45", "location": "Zoom", "sequence": "2", "organizer": "dana.whitfield@skywardair.example.com"})

msg(RES, "fr_report_entretien", "fr",
    ("Sophie Marchand", "s.marchand@palaisdescongres-ouest.example.fr"),
    "Report de notre entretien du 23 avril",
    """
Bonjour Madame Ríos Castellanos,

Je suis au regret de devoir reporter notre entretien prévu jeudi 23 avril à 16h, notre directrice étant retenue par un salon à Bordeaux.

Pourriez-vous me faire part de vos disponibilités la semaine du 27 avril ? Je vous prie de nous excuser pour ce contretemps.

Bien cordialement,
Sophie Marchand
Palais des Congrès de l'Ouest
""", company="Palais des Congrès de l'Ouest", contact="s.marchand@palaisdescongres-ouest.example.fr", charset="iso-8859-1", cte="quoted-printable")

msg(RES, "de_termin_verschieben", "de",
    ("Katrin Hoffmann", "k.hoffmann@seehotel-lindau.example.de"),
    "AW: Einladung zum Vorstellungsgespräch",
    """
Liebe Frau Ríos Castellanos,

leider muss ich unseren Termin am Dienstag, 9. Juni, absagen, da unser Direktor kurzfristig verhindert ist. Wäre Ihnen alternativ Donnerstag, der 11. Juni, um 15:00 Uhr recht?

Entschuldigen Sie bitte die Umstände.

Herzliche Grüße
Katrin Hoffmann
Seehotel Lindau

Am 02.06.2026 um 10:41 schrieb Valentina Ríos Castellanos <valentina.rios@example.com.mx>:
> Sehr geehrte Frau Hoffmann, vielen Dank für die Einladung, ich bestätige gern den Termin.
""", company="Seehotel Lindau", contact="k.hoffmann@seehotel-lindau.example.de",
    ics={"summary": "Vorstellungsgespräch Front Office Managerin", "start": "20260611T130000Z", "minutes": "60", "location": "Zoom", "sequence": "1"})

msg(RES, "co_aplazada_hotel", "es",
    ("Sebastián Ocampo", "socampo@hotelcasaleon.example.co"),
    "Re: Visita al hotel",
    """
Valentina, qué pena contigo. Tenemos auditoría de la cadena el lunes y el gerente no va a poder atenderte. ¿Te sirve el miércoles a las 10 am? Misma dirección.

Mil disculpas,
Sebastián
""", company="Hotel Casa León", contact="socampo@hotelcasaleon.example.co")

msg(RES, "ar_suspendida_paro", "es",
    ("Lucila Ferreyra", "lferreyra@estanciadelsol.example.com.ar"),
    "Entrevista del martes - suspendida",
    """
Hola Valentina, te aviso que tenemos que suspender la entrevista del martes porque la gerenta de RRHH está de licencia esta semana. Apenas vuelva te paso nuevas opciones, ¿dale?

Perdón por el cambio!
Lu
""", company="Estancia del Sol Hoteles", contact="lferreyra@estanciadelsol.example.com.ar")

msg(RES, "lever_reschedule_saas_en", "en",
    ("Reservo Recruiting", "no-reply@hire.lever.co"),
    "Updated: Interview with Reservo",
    """
Hi Valentina,

Your interview with Reservo has been updated.

Previous: Wednesday, March 4, 2:00 PM CET
New: Thursday, March 5, 4:30 PM CET
Interviewers: Mateo Ferrari, Giulia Conti

Join with Google Meet: meet.example.com/rsv-kqpx-wdd

If you need to make changes, please reply to mateo.ferrari@reservo.example.com.
""", company="Reservo", contact="mateo.ferrari@reservo.example.com", reply_to=("Mateo Ferrari", "mateo.ferrari@reservo.example.com"), fmt="html")

msg(RES, "pe_reprogramacion_dinamica", "es",
    ("Reclutamiento LATAM Airlines Perú", "reclutamiento.peru@latam-ejemplo.example.pe"),
    "REPROGRAMACIÓN - Dinámica grupal Supervisor de Aeropuerto",
    """
Estimada Valentina:

Por motivos operativos, la dinámica grupal programada para el viernes 6 de febrero ha sido REPROGRAMADA para el martes 10 de febrero a las 9:00 a.m., en el mismo lugar.

Le pedimos confirmar nuevamente su asistencia. Lamentamos los inconvenientes ocasionados.

Atentamente,
Equipo de Reclutamiento
LATAM Airlines Perú
""", company="LATAM Airlines Perú", contact="reclutamiento.peru@latam-ejemplo.example.pe", fmt="alt")

msg(RES, "agency_client_cancelled_en", "en",
    ("Kayla Morgan", "kayla@brightpathtalent.example.com"),
    "Tuesday's interview",
    """
Hi Valentina,

Bad news, I'm afraid - the client has had to cancel Tuesday's interview. Their VP of Guest Services is travelling and they want her in the room. They've promised new dates by Friday and I'll be chasing!!

Sorry about this, I know you'd prepped.

Kayla
BrightPath Talent
""", company="BrightPath Talent", contact="kayla@brightpathtalent.example.com")

msg(RES, "madrid_entrevista_adelanta", "es",
    ("Álvaro Montes", "alvaro.montes@destinomadrid.example.es"),
    "Entrevista viernes 27 - cambio",
    """
Hola Valentina,

Te escribo porque la Subdirectora tiene un pleno el viernes 27. Nos proponen adelantar la entrevista al jueves 26 a las 9:30, en remoto por Teams en lugar de presencial. ¿Lo puedes confirmar hoy o mañana?

Gracias y perdona los cambios,
Álvaro
Destino Madrid
""", company="Destino Madrid - Oficina de Turismo", contact="alvaro.montes@destinomadrid.example.es", charset="windows-1252", cte="quoted-printable")

msg(RES, "indian_en_postponed", "en",
    ("Rohit Sharma", "rohit.sharma@maharajatravels.example.in"),
    "Re: Telephonic round - Tourism Partnerships Manager",
    """
Dear Valentina,

Due to unavoidable circumstances our VP will not be available on 14th April. The telephonic round stands postponed. We will intimate you the revised schedule shortly.

Regret the inconvenience caused.

Thanks and Regards,
Rohit Sharma
HR Executive, Maharaja Travels & Tours
""", company="Maharaja Travels & Tours", contact="rohit.sharma@maharajatravels.example.in")

msg(RES, "mx_outlook_chain_cambio", "es",
    ("Claudia Treviño", "claudia.trevino@grupoarbol.example.com.mx"),
    "RE: Vacante Gerente de Restaurante - Monterrey",
    """
Valentina, una disculpa, el director me pide moverte al lunes 16 a las 11 porque el viernes tiene inauguración en Saltillo. ¿Te acomoda?

Claudia

________________________________
De: Claudia Treviño <claudia.trevino@grupoarbol.example.com.mx>
Enviado: martes, 10 de febrero de 2026 09:05
Para: Valentina Ríos Castellanos <valentina.rios@example.com.mx>
Asunto: RE: Vacante Gerente de Restaurante - Monterrey

Valentina buen día. Ya platiqué con el director y quiere entrevistarte el viernes a las 12 en el corporativo.
""", company="Grupo Árbol Restaurantes", contact="claudia.trevino@grupoarbol.example.com.mx")

msg(RES, "cl_cancelada_proceso_pausa", "es",
    ("Javiera Muñoz", "javiera.munoz@cencosud-ejemplo.example.cl"),
    "Entrevista jueves",
    """
Hola Valentina, ¿cómo estás?

Te escribo para cancelar la entrevista del jueves con la subgerencia; tuvimos un cambio de agenda. Te vuelvo a escribir la próxima semana con nuevos horarios, el proceso sigue en pie.

Saludos,
Javiera Muñoz
Selección | Cencosud
""", company="Cencosud", contact="javiera.munoz@cencosud-ejemplo.example.cl")

MISS = "missed_interview_notice"

msg(MISS, "tried_calling_en", "en",
    ("Dana Whitfield", "dana.whitfield@skywardair.example.com"),
    "Missed call today",
    """
Hi Valentina,

We tried calling you at the scheduled time today (10:00 AM ET) for your phone screen but couldn't get through, and it went to voicemail.

If something came up, no worries - just let me know and we can see about finding another slot.

Thanks,
Dana Whitfield
Senior Recruiter, Skyward Airlines
""", company="Skyward Airlines", contact="dana.whitfield@skywardair.example.com")

msg(MISS, "teams_no_join_es", "es",
    ("Javiera Muñoz", "javiera.munoz@cencosud-ejemplo.example.cl"),
    "Entrevista de hoy",
    """
Hola Valentina,

Te estuvimos esperando en la reunión de Teams de hoy a las 10:00 junto a la subgerenta, pero no te conectaste. ¿Tuviste algún problema?

Cuéntame qué pasó y vemos si es posible reagendar.

Saludos,
Javiera
""", company="Cencosud", contact="javiera.munoz@cencosud-ejemplo.example.cl")

msg(MISS, "de_nicht_erschienen", "de",
    ("Lena Wagner", "lena.wagner@reisewerk.example.de"),
    "Unser Termin heute",
    """
Hallo Valentina,

wir waren heute um 16:30 Uhr im Google Meet, leider bist du nicht dazugekommen. Ist alles okay bei dir? Gib mir gern kurz Bescheid, ob wir einen neuen Termin finden sollen.

Viele Grüße
Lena
Reisewerk
""", company="Reisewerk", contact="lena.wagner@reisewerk.example.de")

msg(MISS, "fr_absente_visio", "fr",
    ("Julien Perrin", "julien@welcomeboard.example.fr"),
    "On t'a attendue",
    """
Salut Valentina,

On t'attendait à 15h pour notre call mais tu ne t'es pas connectée. J'espère que tout va bien ! Dis-moi si tu veux qu'on replanifie.

Julien
Welcomeboard
""", company="Welcomeboard", contact="julien@welcomeboard.example.fr")

msg(MISS, "pe_inasistencia", "es",
    ("Reclutamiento LATAM Airlines Perú", "reclutamiento.peru@latam-ejemplo.example.pe"),
    "Inasistencia a dinámica grupal",
    """
Estimada Valentina:

Le informamos que no registramos su asistencia a la dinámica grupal del martes 10 de febrero a las 9:00 a.m.

Si su inasistencia se debió a un motivo de fuerza mayor, le pedimos comunicarse con nosotros respondiendo a este correo dentro de las próximas 48 horas.

Atentamente,
Equipo de Reclutamiento
LATAM Airlines Perú
""", company="LATAM Airlines Perú", contact="reclutamiento.peru@latam-ejemplo.example.pe")

msg(MISS, "co_no_llego_mobile", "es",
    ("Sebastián Ocampo", "socampo@hotelcasaleon.example.co"),
    "Hoy 10 am",
    """
Valentina hola, te estuvimos esperando en el hotel a las 10 con el gerente y no llegaste. Todo bien? Me avisas

Enviado desde mi Samsung Galaxy
""", company="Hotel Casa León", contact="socampo@hotelcasaleon.example.co")

msg(MISS, "en_uk_missed_zoom", "en",
    ("Oliver Pennington", "oliver.pennington@thamesgatehotels.example.co.uk"),
    "This morning",
    """
Dear Valentina,

Sarah and I dialled into the Zoom at 10:00 as arranged but unfortunately you weren't able to join us. I appreciate connections from Mexico can be temperamental.

Do let me know if you'd still like to be considered and we'll try to find another time.

Kind regards,
Oliver Pennington
Thamesgate Hotels
""", company="Thamesgate Hotels", contact="oliver.pennington@thamesgatehotels.example.co.uk", charset="windows-1252")

msg(MISS, "mx_no_se_presento", "es",
    ("Claudia Treviño", "claudia.trevino@grupoarbol.example.com.mx"),
    "Entrevista con el director",
    """
Valentina buenas tardes

El director te estuvo esperando a las 11 en el corporativo y no te presentaste, tampoco logramos comunicarnos a tu celular. Me puedes confirmar si sigues interesada en la vacante?

Saludos
Claudia Treviño
RH Grupo Árbol Restaurantes
""", company="Grupo Árbol Restaurantes", contact="claudia.trevino@grupoarbol.example.com.mx")

msg(MISS, "indian_en_not_reachable", "en",
    ("Rohit Sharma", "rohit.sharma@maharajatravels.example.in"),
    "Telephonic round today - not reachable",
    """
Dear Valentina,

Our VP tried reaching you on your mobile number at the scheduled time (8:30 PM IST) today, however the number was not reachable. Kindly revert with your availability for the next two days so that we may reschedule.

Thanks and Regards,
Rohit Sharma
Maharaja Travels & Tours
""", company="Maharaja Travels & Tours", contact="rohit.sharma@maharajatravels.example.in")

msg(MISS, "ats_no_show_en", "en",
    ("Reservo Recruiting", "no-reply@hire.lever.co"),
    "We missed you today",
    """
Hi Valentina,

It looks like you weren't able to make your interview with Reservo today at 4:30 PM CET. These things happen!

If you'd like to find a new time, reply to this email and Mateo will get back to you.

The Reservo team
""", company="Reservo", contact="mateo.ferrari@reservo.example.com", reply_to=("Mateo Ferrari", "mateo.ferrari@reservo.example.com"), fmt="alt")

ACK = "application_received"

msg(ACK, "workday_ack_en_volume", "en",
    ("Hilton Careers", "hilton@myworkday.com"),
    "Thank you for applying to Hilton",
    """
Dear Valentina,

Thank you for your interest in Hilton! We have received your application for Guest Experience Manager - Conrad Cancún (HOT0A1B2C).

Our Talent Acquisition team will review your qualifications. Due to the high volume of applications we receive, we are unable to respond to every applicant individually; if your background matches the role, a recruiter will contact you.

You can check the status of your application at any time in your candidate home.

Hilton Talent Acquisition
This is an automated message - please do not reply.
""", company="Hilton", fmt="html")

msg(ACK, "computrabajo_postulacion", "es",
    ("Computrabajo", "notificaciones@computrabajo.example.com"),
    "Tu postulación a Recepcionista Bilingüe Senior fue enviada",
    """
¡Hola Valentina!

Tu hoja de vida fue enviada correctamente a la oferta:
Recepcionista Bilingüe Senior - Hotel Boutique Quinta Real (Bogotá)

La empresa revisará tu perfil. Te avisaremos cuando vea tu hoja de vida.

Consejo: completa tu perfil al 100% para tener más posibilidades.

Computrabajo Colombia
Si no quieres recibir estos correos, configura tus notificaciones.
""", company="Hotel Boutique Quinta Real", fmt="alt")

msg(ACK, "successfactors_ack_es", "es",
    ("Iberia Empleo", "noreply@successfactors.eu"),
    "Confirmación de recepción de tu candidatura",
    """
Estimada Valentina:

Te confirmamos que hemos recibido correctamente tu candidatura para el puesto "Supervisor/a Atención al Cliente Aeropuerto - Madrid Barajas" (ID 44120).

En caso de que tu perfil se ajuste a los requisitos, nos pondremos en contacto contigo. Lamentablemente, en esta fase no podemos ofrecer feedback individual a cada candidato.

Gracias por tu interés en Iberia.

Equipo de Selección
Iberia
""", company="Iberia", charset="iso-8859-1", cte="quoted-printable")

msg(ACK, "greenhouse_ack_saas_en", "en",
    ("Hostfully Nest", "no-reply@us.greenhouse-mail.io"),
    "Thanks for applying to Hostfully Nest!",
    """
Hi Valentina,

Thanks for applying for the Guest Support Team Lead (Remote - LATAM) position! We're excited you're interested in joining us.

Our team is reviewing applications and will reach out if there's a match. Unfortunately we aren't able to provide individual feedback at this stage, but we read every application.

In the meantime, check out our blog to learn more about how we work.

Cheers,
Hostfully Nest Recruiting
""", company="Hostfully Nest", fmt="alt")

msg(ACK, "occ_mundial_ack", "es",
    ("OCC Mundial", "postulaciones@occ.example.com.mx"),
    "Postulación exitosa: Gerente de Recepción - Hotel Emporio",
    """
Valentina, ¡te postulaste con éxito!

Vacante: Gerente de Recepción
Empresa: Hotel Emporio Reforma
Ubicación: Ciudad de México, CDMX
Sueldo: $28,000 - $32,000 mensual

El reclutador recibirá tu CV. Te recomendamos estar atento a tu correo y teléfono.

Vacantes similares: Jefe de Recepción (Polanco) · Night Manager (Santa Fe) · Guest Relations (Roma Norte)

OCC Mundial | Aviso de privacidad
""", company="Hotel Emporio Reforma", fmt="html")

msg(ACK, "teamtailor_ack_es_spain", "es",
    ("Ona Travel Tech", "no-reply@teamtailor-mail.com"),
    "¡Hemos recibido tu candidatura!",
    """
¡Hola Valentina!

Gracias por aplicar a Customer Success Specialist en Ona Travel Tech. Nuestro equipo revisará tu candidatura en los próximos 10 días.

Dado el volumen de candidaturas, no podremos contestar a todo el mundo de forma individual, pero si tu perfil encaja te escribiremos pronto.

¡Gracias!
Ona Travel Tech
""", company="Ona Travel Tech", fmt="alt")

msg(ACK, "hand_ack_mx_rh", "es",
    ("Recursos Humanos Hotel Xcaret-Sur", "rh@hotelxcaretsur.example.com.mx"),
    "RE: CV Coordinadora de Grupos",
    """
Buen día Valentina,

Acusamos de recibido su CV para la vacante de Coordinadora de Grupos y Convenciones. Lo turnamos al área de Ventas y en caso de continuar en el proceso nos comunicaremos con usted vía telefónica.

Saludos cordiales,
Recursos Humanos
Hotel Xcaret-Sur Riviera Maya

Enviado desde Outlook para Android
""", company="Hotel Xcaret-Sur Riviera Maya", contact="rh@hotelxcaretsur.example.com.mx")

msg(ACK, "fr_accuse_reception", "fr",
    ("Accor Talent", "no-reply@smartrecruiters.com"),
    "Accusé de réception de votre candidature",
    """
Bonjour Valentina,

Nous vous remercions pour votre candidature au poste de Responsable Réception - Novotel Paris Gare de Lyon.

Votre dossier a bien été transmis à l'équipe de recrutement. En raison du grand nombre de candidatures, seules les personnes retenues pour un entretien seront contactées.

Cordialement,
L'équipe Talent Accor
""", company="Accor", fmt="alt", charset="iso-8859-1", cte="quoted-printable")

msg(ACK, "de_eingangsbestaetigung", "de",
    ("Karriere Messe Südwest", "bewerbung@messe-suedwest.example.de"),
    "Eingangsbestätigung Ihrer Bewerbung - Projektleitung Events (m/w/d)",
    """
Sehr geehrte Frau Ríos Castellanos,

vielen Dank für Ihre Bewerbung als Projektleitung Events (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte sehen Sie bis dahin von Rückfragen ab.

Mit freundlichen Grüßen
Personalabteilung
Messe Südwest GmbH

Diese E-Mail wurde automatisch erstellt.
""", company="Messe Südwest", charset="iso-8859-1", cte="quoted-printable")

msg(ACK, "bumeran_ar_ack", "es",
    ("Bumeran", "avisos@bumeran.example.com.ar"),
    "Te postulaste a Jefe/a de Eventos - Hotel Alvear Palace",
    """
¡Hola Valentina!

Tu postulación a Jefe/a de Eventos en Hotel Alvear Palace se envió con éxito. Podés seguir el estado desde "Mis postulaciones".

Estado actual: CV enviado

Bumeran Argentina · Términos y condiciones · Dejar de recibir notificaciones
""", company="Hotel Alvear Palace", fmt="html", bulk=True)

msg(ACK, "lever_ack_en_finland", "en",
    ("Northlight Stays", "no-reply@hire.lever.co"),
    "Northlight Stays: application received",
    """
Hi Valentina,

Thanks for applying to Northlight Stays! This is a quick note to let you know we've received your application for Guest Success Manager.

We review every application by hand. We'll be in touch either way within three weeks - if you haven't heard from us by then, feel free to nudge.

Warm greetings from Helsinki,
Northlight Stays
""", company="Northlight Stays")

msg(ACK, "pandape_es_ack", "es",
    ("Pandapé", "notificaciones@pandape.example.com"),
    "Grupo Hotusa ha recibido tu candidatura",
    """
Hola Valentina,

Grupo Hotusa ha recibido tu candidatura para la oferta "Jefe/a de Recepción - Hotel 4* Barcelona".

Recuerda que puedes consultar el estado de tus procesos en tu área de candidato.

Un saludo,
El equipo de Pandapé
""", company="Grupo Hotusa", fmt="alt")

msg(ACK, "infojobs_inscrita", "es",
    ("InfoJobs", "noreply@infojobs.example.net"),
    "Te has inscrito en la oferta Event Manager - Málaga",
    """
Hola Valentina,

Te has inscrito correctamente en la oferta:
Event Manager - Málaga
Palacio de Ferias y Congresos de Málaga

Te iremos informando de cualquier cambio en el estado de tu candidatura (CV leído, En proceso, Finalista...).

Ver mis candidaturas

InfoJobs
""", company="Palacio de Ferias y Congresos de Málaga", fmt="html", cte="base64")

msg(ACK, "bamboohr_ack_ngo", "en",
    ("Pathways Travel Foundation", "notifications@app.bamboohr.com"),
    "Application Received - Volunteer Programs Coordinator",
    """
Hello Valentina,

Thank you for your application for the Volunteer Programs Coordinator role. We have received your materials and our hiring team will review them shortly.

As a small non-profit we receive more applications than we can personally answer. Regrettably, we cannot give feedback to every applicant, but we will contact shortlisted candidates by 30 June.

With gratitude,
Pathways Travel Foundation
""", company="Pathways Travel Foundation", fmt="alt")

msg(ACK, "co_acuse_seleccion", "es",
    ("Selección Decameron", "seleccion@decameron-ejemplo.example.co"),
    "Hoja de vida recibida",
    """
Señora Valentina Ríos Castellanos,

Confirmamos la recepción de su hoja de vida para el cargo Jefe de Alimentos y Bebidas (Cartagena). Su información será evaluada por el equipo de selección. Si su perfil cumple con los requisitos, será contactada telefónicamente.

Agradecemos su interés.

Cordialmente,
Hoteles Decameron Colombia
""", company="Hoteles Decameron Colombia", contact="seleccion@decameron-ejemplo.example.co", charset="windows-1252", cte="quoted-printable")

msg(ACK, "uni_es_ack", "es",
    ("Bolsa de Trabajo PUCP", "bolsa.trabajo@pucp-ejemplo.example.edu.pe"),
    "Recepción de expediente - Coordinadora de Eventos Institucionales",
    """
Estimada Valentina:

Hemos recibido su expediente para la convocatoria CAS-045-2026 Coordinadora de Eventos Institucionales. La lista de candidatos aptos para la evaluación curricular se publicará en la web institucional el 20 de marzo.

Atentamente,
Oficina de Gestión del Talento
Pontificia Universidad Católica del Pacífico
""", company="Pontificia Universidad Católica del Pacífico", contact="bolsa.trabajo@pucp-ejemplo.example.edu.pe")

msg(ACK, "hosco_ack_en", "en",
    ("Hosco", "noreply@hosco.example.com"),
    "Your application to Six Senses Douro Valley has been sent",
    """
Hi Valentina,

Your application for Guest Experience Manager at Six Senses Douro Valley has been sent!

What's next? The employer will review your profile. Make sure your Hosco profile is up to date - employers are 3x more likely to respond to complete profiles.

Good luck!
The Hosco Team
""", company="Six Senses Douro Valley", fmt="html")

msg(ACK, "agency_ack_recruiter_es", "es",
    ("Guillermo Paredes", "gparedes@altaseleccion.example.es"),
    "Recibido tu CV",
    """
Hola Valentina,

Gracias por hacerme llegar tu CV para la posición de Guest Experience Manager en Palma. Lo revisaré esta semana con el cliente y te digo algo. Si no te escribo antes del viernes, no es mala señal, a veces tardan en responder.

Un saludo,
Guillermo Paredes
Alta Selección Hospitality
""", company="Alta Selección Hospitality", contact="gparedes@altaseleccion.example.es")

msg(ACK, "taleo_ack_cruise_en", "en",
    ("Royal Palm Cruises Careers", "noreply@taleo.net"),
    "Application Confirmation - Guest Services Manager (Shipboard)",
    """
Dear VALENTINA RIOS CASTELLANOS,

Thank you for submitting your application for the position of Guest Services Manager (Shipboard) - Req. 2600318.

Your application will be reviewed against the requirements of the role. Only candidates selected for interview will be contacted. Unfortunately, we are unable to provide individual feedback at this stage.

Sincerely,
Royal Palm Cruises Talent Acquisition

*** This is an automated email. Please do not reply. ***
""", company="Royal Palm Cruises", fmt="html")

msg(ACK, "recruitee_ack_de", "de",
    ("Hafencity Eventlocations", "no-reply@recruitee.com"),
    "Danke für deine Bewerbung!",
    """
Hi Valentina,

danke für deine Bewerbung als Event Managerin bei Hafencity Eventlocations! Wir haben deine Unterlagen erhalten und melden uns in den nächsten zwei Wochen bei dir.

Aufgrund der vielen Bewerbungen können wir leider nicht jede Nachfrage einzeln beantworten.

Viele Grüße
Dein Hafencity Eventlocations Team
""", company="Hafencity Eventlocations", fmt="alt")

OFF = "offer"

msg(OFF, "staybird_offer_letter_en", "en",
    ("Noor Haddad", "noor.haddad@staybird.example.com"),
    "Your offer from Staybird 🎉",
    """
Hi Valentina,

Following up on my call with you this afternoon - I'm thrilled to formally offer you the position of Guest Support Team Lead at Staybird!

Attached is your offer letter with the compensation, start date (1 June 2026) and benefits details. Please have a read and let me know if you have any questions. We'd love to have your signed copy back by Friday 15 May.

Welcome (hopefully!) to the team,
Noor
""", company="Staybird", contact="noor.haddad@staybird.example.com", attach="Staybird_Offer_Letter_V_Rios.pdf")

msg(OFF, "mx_oferta_formal", "es",
    ("Ximena Aguilar", "ximena.aguilar@fiestaamericana-corp.example.com.mx"),
    "Carta oferta - Gerente de Eventos",
    """
Hola Valentina,

¡Muchas felicidades! Con mucho gusto te compartimos la carta oferta para la posición de Gerente de Eventos en Fiesta Americana Condesa Cancún, con fecha de ingreso propuesta el 1 de septiembre.

En el documento adjunto encontrarás el sueldo mensual bruto, prestaciones superiores a la ley y el bono por desempeño. Te pedimos nos la regreses firmada a más tardar el viernes, junto con tus documentos de contratación (INE, CURP, RFC, NSS, comprobante de domicilio).

Bienvenida a la familia,
Ximena Aguilar
Atracción de Talento | Fiesta Americana Corporativo
""", company="Fiesta Americana Corporativo", contact="ximena.aguilar@fiestaamericana-corp.example.com.mx", attach="Carta_Oferta_VRios.pdf", charset="iso-8859-1", cte="quoted-printable")

msg(OFF, "verbal_offer_followup_ar", "es",
    ("Lucila Ferreyra", "lferreyra@estanciadelsol.example.com.ar"),
    "Propuesta",
    """
Hola Valen!! Como te adelanté por teléfono, queremos que te sumes al equipo como Analista de RRHH Generalista 🙌

Te resumo la propuesta: relación de dependencia, jornada completa híbrida (3 días en oficina), remuneración bruta mensual según lo charlado, prepaga para vos y tu grupo familiar, y 3 semanas de vacaciones. Ingreso a partir del 1/7.

Avisame si estás de acuerdo y te mandamos la propuesta formal para firmar.

Abrazo,
Lu
Estancia del Sol Hoteles
""", company="Estancia del Sol Hoteles", contact="lferreyra@estanciadelsol.example.com.ar")

msg(OFF, "de_vertrag_unterschrift", "de",
    ("Katrin Hoffmann", "k.hoffmann@seehotel-lindau.example.de"),
    "Ihr Arbeitsvertrag",
    """
Liebe Frau Ríos Castellanos,

wir freuen uns sehr, Ihnen die Position als Front Office Managerin in unserem Haus anbieten zu können!

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 30. Juni zurück. Für Fragen zum Visum und zur Anerkennung stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Katrin Hoffmann
Personalleitung, Seehotel Lindau
""", company="Seehotel Lindau", contact="k.hoffmann@seehotel-lindau.example.de", attach="Arbeitsvertrag_Rios_Castellanos.pdf")

msg(OFF, "conditional_offer_uk", "en",
    ("Amelia Hart", "amelia.hart@northgatevisitors.example.co.uk"),
    "Conditional offer of employment",
    """
Dear Valentina,

Further to your interview on 2 July, I am delighted to offer you the post of Visitor Experience Manager at Northgate Visitor Centre, subject to satisfactory references and confirmation of your right to work in the UK.

Your salary will be £38,500 per annum. Please find attached the conditional offer letter and our new starter form. Do let me know whether you wish to accept by 17 July.

Yours sincerely,
Amelia Hart
HR Business Partner
Northgate Visitor Centre Trust
""", company="Northgate Visitor Centre Trust", contact="amelia.hart@northgatevisitors.example.co.uk", attach="Conditional_Offer_VRios.pdf", charset="windows-1252", cte="quoted-printable")

msg(OFF, "co_propuesta_laboral", "es",
    ("Talento Humano - Bancolombiano", "talento.humano@bancolombiano.example.co"),
    "Propuesta laboral - Coordinador(a) Experiencia Cliente",
    """
Buenas tardes Valentina,

Nos complace informarte que has sido seleccionada para el cargo de Coordinador(a) de Experiencia Cliente. Adjuntamos la propuesta laboral con las condiciones de contratación (contrato a término indefinido, salario integral y beneficios).

Para continuar necesitamos tu aceptación por escrito y la documentación para exámenes médicos de ingreso.

Cordialmente,
Equipo de Talento Humano
Bancolombiano
""", company="Bancolombiano", contact="talento.humano@bancolombiano.example.co", attach="Propuesta_Laboral.pdf", fmt="alt")

msg(OFF, "fr_promesse_embauche", "fr",
    ("Camille Roussel", "camille.roussel@lesjardinsdalma.example.fr"),
    "Promesse d'embauche",
    """
Bonjour Valentina,

Suite à nos échanges, j'ai le plaisir de te confirmer notre proposition pour le poste de Responsable Hébergement pour la saison d'été (CDD de 6 mois, du 1er mai au 31 octobre).

Tu trouveras ci-joint la promesse d'embauche. Merci de me la retourner signée d'ici lundi, et on lance les démarches pour ton titre de séjour.

À très vite à Lyon !
Camille
Les Jardins d'Alma - Hôtel & Spa
""", company="Les Jardins d'Alma", contact="camille.roussel@lesjardinsdalma.example.fr", attach="Promesse_embauche_VRios.pdf")

msg(OFF, "agency_offer_miami_en", "en",
    ("Kayla Morgan", "kayla@brightpathtalent.example.com"),
    "THEY WANT YOU!!!",
    """
Valentina!!!

I just got off the phone with the client and they want to offer you the Guest Services Operations Manager role!!! Base is $92k + 10% bonus, full benefits, relocation support to Miami. Written offer coming from their HR tomorrow.

Call me when you get this - I'm SO happy for you!!

Kayla
BrightPath Talent | (305) 555-0148
""", company="BrightPath Talent", contact="kayla@brightpathtalent.example.com")

msg(OFF, "workday_offer_en", "en",
    ("Skyward Airlines", "skyward@myworkday.com"),
    "Action required: Your offer from Skyward Airlines",
    """
Dear Valentina,

Congratulations! We are pleased to extend you an offer for the position of Customer Experience Manager - Latin America.

Please log in to your candidate home to review and accept your offer letter by June 5, 2026. This offer is contingent upon successful completion of a background check.

If you have questions, contact your recruiter, Dana Whitfield.

Skyward Airlines Talent Acquisition
""", company="Skyward Airlines", fmt="html")

msg(OFF, "es_spain_contrato_firmar", "es",
    ("Nuria Vidal", "nuria.vidal@congresosmediterraneo.example.es"),
    "Bienvenida + contrato",
    """
¡Hola Valentina!

Qué alegría poder escribirte esto: la dirección ha aprobado tu incorporación como Coordinadora de Congresos Internacionales. Te adjunto el contrato para que lo revises y lo firmes por Docusign (te llegará un enlace aparte).

Incorporación prevista: 7 de septiembre. Ya te iré contando el plan de acogida.

Un abrazo,
Nuria Vidal
Responsable de Personas
Congresos Mediterráneo
""", company="Congresos Mediterráneo", contact="nuria.vidal@congresosmediterraneo.example.es", attach="Contrato_VRios.pdf")

OTH = "other"

msg(OTH, "linkedin_alerta_empleos_es", "es",
    ("Alertas de empleo de LinkedIn", "jobalerts-noreply@linkedin.com"),
    "«gerente de eventos»: 14 empleos nuevos en Ciudad de México",
    """
Tus alertas de empleo para gerente de eventos en Ciudad de México

Gerente de Eventos y Banquetes
Hotel Camino Real Polanco · Ciudad de México · Presencial
Solicitud sencilla

Coordinador(a) de Eventos Corporativos
Grupo Expo Eventos · Ciudad de México · Híbrido
Hace 3 días · 45 solicitantes

Event Manager LATAM
Hopin Travel · En remoto
Promocionado

Ver todos los empleos

Recibes esta alerta porque la creaste en LinkedIn. Cancelar suscripción · Ayuda
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""", fmt="html", bulk=True)

msg(OTH, "indeed_digest_es", "es",
    ("Indeed", "alert@indeed.example.com"),
    "Nuevos empleos: recepcionista bilingüe en Cancún",
    """
Valentina, estos empleos coinciden con tu búsqueda

Jefe de Recepción - Resort Todo Incluido
Palace Riviera · Cancún, Q. Roo
$25,000 - $30,000 al mes
Postúlate fácilmente

Guest Relations Manager
Hotel Boutique Tulum · Tulum, Q. Roo
Responde habitualmente en 3 días

Ver empleos similares

Indeed · No responder · Darse de baja de esta alerta
""", fmt="alt", bulk=True)

msg(OTH, "computrabajo_alertas_co", "es",
    ("Computrabajo", "alertas@computrabajo.example.com"),
    "12 ofertas nuevas de Coordinador de servicio al cliente",
    """
Hola Valentina, estas son las ofertas que publicaron hoy:

· Coordinador de servicio al cliente - Contact center bilingüe - Medellín
· Líder de experiencia al cliente - Aerolínea - Rionegro
· Supervisor de atención al huésped - Hotel - Cartagena

Aplicar ahora

Recibes este correo porque activaste alertas de empleo. Darse de baja.
""", fmt="html", bulk=True)

msg(OTH, "sat_buzon_tributario", "es",
    ("SAT - Buzón Tributario", "notificaciones@sat.example.gob.mx"),
    "Aviso: tienes un mensaje nuevo en tu Buzón Tributario",
    """
Estimado contribuyente: RÍOS CASTELLANOS VALENTINA
RFC: RICV900101XX0

Te informamos que tienes un nuevo mensaje de interés en tu Buzón Tributario relacionado con tu Declaración Anual 2025.

Ingresa en sat.gob.mx con tu contraseña o e.firma para consultarlo.

Este es un correo automático, favor de no responder.
Servicio de Administración Tributaria
""", charset="iso-8859-1", cte="quoted-printable")

msg(OTH, "imss_cita_umf", "es",
    ("IMSS Digital", "citas@imss-digital.example.gob.mx"),
    "Confirmación de cita - Unidad de Medicina Familiar 28",
    """
Derechohabiente: VALENTINA RÍOS CASTELLANOS
NSS: 1234567890-1

Tu cita en la UMF 28 ha sido agendada:
Fecha: 14/04/2026
Hora: 08:40
Consultorio: 7 - Turno matutino

Si no puedes asistir, cancela tu cita con anticipación desde la app IMSS Digital.
""")

msg(OTH, "banco_tarjeta_solicitud", "es",
    ("Banco Azteca Norte", "avisos@bancoaztecanorte.example.com.mx"),
    "Recibimos tu solicitud de Tarjeta de Crédito Oro",
    """
Hola Valentina,

¡Gracias por solicitar tu Tarjeta de Crédito Oro! Recibimos tu solicitud con folio 88213-0045 y está en proceso de evaluación.

En un plazo de 3 a 5 días hábiles te informaremos el resultado. No es necesario que respondas este correo.

Banco Azteca Norte
Consulta nuestro Aviso de Privacidad en bancoaztecanorte.example.com.mx
""", fmt="alt")

msg(OTH, "aseguradora_rechazo_poliza", "es",
    ("Seguros Monterrey Centinela", "no-responder@seguroscentinela.example.com.mx"),
    "Resultado de tu solicitud de seguro de gastos médicos",
    """
Estimada Valentina:

Lamentamos informarte que, después de revisar tu cuestionario médico, tu solicitud de póliza de Gastos Médicos Mayores Individual no fue aceptada en los términos solicitados.

Si lo deseas, un asesor puede ofrecerte un plan alternativo. Llámanos al 800 000 1234.

Atentamente,
Seguros Monterrey Centinela
""", fmt="html")

msg(OTH, "inmobiliaria_alquiler_rechazo", "es",
    ("Laura Domínguez", "laura@inmoribera.example.es"),
    "Piso calle Colón 14, 3ºB",
    """
Hola Valentina,

Te escribo por la solicitud de alquiler del piso de la calle Colón. La propiedad ha decidido seguir adelante con otra solicitud, una familia que ya tenía contrato indefinido en Valencia. Siento no traerte mejores noticias.

Si quieres te aviso de otros pisos por la zona de Ruzafa que entren esta semana.

Un saludo,
Laura Domínguez
Inmo Ribera - Gestión de alquileres
""", contact="laura@inmoribera.example.es")

msg(OTH, "estafeta_paquete_retrasado", "es",
    ("Estafeta", "notificaciones@estafeta.example.com.mx"),
    "Tu envío presenta un retraso",
    """
Hola Valentina,

Lamentablemente tu envío con número de guía 7015 8832 1190 presenta un retraso por condiciones climáticas en el centro de distribución de Querétaro.

Nueva fecha estimada de entrega: 22 de mayo.

Rastrea tu envío en estafeta.example.com.mx. Agradecemos tu comprensión.
""", fmt="html")

msg(OTH, "mercadolibre_en_camino", "es",
    ("Mercado Libre", "info@mercadolibre.example.com.mx"),
    "Tu paquete ya está cerca",
    """
¡Hola Valentina!

Tu compra de "Maleta de cabina rígida 55 cm" está en camino. Puedes seguir la posición del repartidor en tiempo real desde la app.

Llega hoy entre las 14:00 y las 20:00 h.

Ver seguimiento
Mercado Libre
""", fmt="alt")

msg(OTH, "renfe_cambio_horario", "es",
    ("Renfe", "venta.internet@renfe.example.es"),
    "Modificación de su viaje Madrid - Sevilla",
    """
Estimado/a cliente:

Le informamos de que, por obras en la infraestructura, el tren AVE 02110 del día 18/06/2026 con salida de Madrid Puerta de Atocha a las 08:00 ha sido reprogramado y saldrá a las 08:35.

Su billete sigue siendo válido. Si el nuevo horario no le conviene, puede anular sin gastos.

Localizador: XK7P2M
Renfe Viajeros
""", charset="iso-8859-1", cte="quoted-printable")

msg(OTH, "ado_boleto", "es",
    ("ADO", "boletos@ado.example.com.mx"),
    "Tu boleto CDMX TAPO - Puebla CAPU",
    """
¡Buen viaje, Valentina!

Adjuntamos tu boleto electrónico.
Salida: 05/03/2026 07:30 - CDMX TAPO
Llegada: 09:40 - Puebla CAPU
Asiento: 23

Preséntate 30 minutos antes. ADO, viaja seguro.
""", fmt="html")

msg(OTH, "cfe_recibo", "es",
    ("CFE", "recibodigital@cfe.example.mx"),
    "Tu recibo de luz del bimestre ya está disponible",
    """
Estimado usuario:

Tu recibo digital del periodo 12 MAR 26 - 13 MAY 26 ya está disponible.
Número de servicio: 123456789012
Total a pagar: $486.00
Fecha límite de pago: 02 JUN 26

Comisión Federal de Electricidad
""", charset="windows-1252")

msg(OTH, "gimnasio_clase_perdida", "es",
    ("SmartFit", "hola@smartfit.example.com.mx"),
    "Te extrañamos en tu clase de spinning",
    """
Hola Valentina 👋

Notamos que reservaste la clase de Bike de hoy a las 7:00 pm y no llegaste. ¡No pasa nada! Recuerda que si faltas a 3 clases reservadas en un mes se bloquean las reservas por 7 días.

Reserva tu siguiente clase desde la app.

SmartFit
""", fmt="alt", bulk=True)

msg(OTH, "curso_idiomas_prueba_nivel", "es",
    ("Goethe Zentrum Guadalajara", "kurse@goethe-gdl.example.org.mx"),
    "Tu entrevista de nivel para el curso de alemán A2",
    """
Hola Valentina,

Gracias por inscribirte al curso intensivo de alemán. Antes de asignarte grupo necesitamos hacerte una breve entrevista oral de nivel (10 minutos) por Zoom.

Elige un horario aquí: https://calendly.com/goethe-gdl/nivel

Saludos,
Coordinación de Cursos
Goethe Zentrum Guadalajara
""", contact="kurse@goethe-gdl.example.org.mx")

msg(OTH, "amiga_cuenta_rechazo", "es",
    ("Daniela Ortega", "dani.ortega88@example.com"),
    "ayyy",
    """
Vale!! te cuento que al final no me quedé en lo de Volaris 😭 me mandaron el típico correo de "hemos decidido continuar con otros candidatos" después de TRES entrevistas, ni feedback ni nada. Estoy que echo chispas.

Bueno, y tú qué tal con lo de Cancún? Ya te contestaron? Hay que ir por unas chelas este finde para llorar juntas jaja

Dani
""", contact="dani.ortega88@example.com")

msg(OTH, "propio_agradecimiento_entrevista", "es",
    CAND,
    "Gracias por la entrevista - Jefe/a de Recepción",
    """
Estimada Marta:

Muchas gracias por la entrevista de esta tarde y por contarme con tanto detalle cómo funciona el departamento de recepción de Hoteles Bahía en Sevilla. Me quedé muy motivada con el proyecto de renovación del hotel.

Quedo a su disposición para cualquier información adicional.

Un saludo cordial,
Valentina Ríos Castellanos
+52 55 9876 5432
""", to=("Marta Ruiz", "marta.ruiz@hotelesbahia.example.es"))

msg(OTH, "propio_envio_cv", "es",
    CAND,
    "Postulación Coordinadora de Eventos - Valentina Ríos",
    """
Buenas tardes,

Les escribo para postularme a la vacante de Coordinadora de Eventos publicada en Bumeran. Adjunto mi CV: cuento con 8 años de experiencia en hotelería, los últimos 3 como gerente de recepción y eventos en un hotel de 320 habitaciones en CDMX.

Quedo atenta a su respuesta.

Saludos cordiales,
Valentina Ríos Castellanos
""", to=("Bodegas del Plata RRHH", "rrhh@bodegasdelplata.example.com.ar"), attach="CV_Valentina_Rios.pdf")

msg(OTH, "fuera_oficina_reclutadora", "es",
    ("Mariana Solís", "mariana.solis@vivaturismo.example.com.mx"),
    "Respuesta automática: Re: Prueba de inglés",
    """
Hola, gracias por tu correo. Estaré fuera de la oficina del 6 al 10 de abril con acceso limitado a mi correo. Para temas urgentes de reclutamiento, escribe a reclutamiento@vivaturismo.example.com.mx.

Mariana Solís
""", contact="mariana.solis@vivaturismo.example.com.mx", extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

msg(OTH, "newsletter_carrera_es", "es",
    ("Hosteltur Empleo", "boletin@hosteltur-empleo.example.es"),
    "5 errores que te hacen perder la entrevista (y cómo superar un rechazo)",
    """
BOLETÍN SEMANAL DE EMPLEO TURÍSTICO

1. ¿No te llaman después de la entrevista? Qué hacer cuando una cadena hotelera "ha decidido continuar con otros candidatos".
2. Entrevistas por competencias: las 10 preguntas que siempre hacen en recepción.
3. Faltaste a una entrevista: cómo pedir una segunda oportunidad sin quemar puentes.
4. Ofertas destacadas: Jefe/a de Recepción en Ibiza, Revenue Manager en Madrid.

Leer más en hosteltur-empleo.example.es

Has recibido este boletín porque estás suscrita. Darte de baja | Gestionar preferencias
""", fmt="html", bulk=True)

msg(OTH, "podcast_entrevista_es", "es",
    ("Paula Arango", "paula@podcastviajeros.example.co"),
    "Propuesta: entrevista para el podcast Huéspedes",
    """
Hola Valentina,

Soy Paula, productora del podcast "Huéspedes" sobre la hotelería latinoamericana. Leí tu artículo en LinkedIn sobre la experiencia del huésped en hoteles boutique y nos encantaría entrevistarte para un episodio (unos 40 minutos, grabación remota).

¿Te interesaría? Tenemos fechas a partir del 15 de junio.

Un abrazo,
Paula Arango
Huéspedes Podcast
""", contact="paula@podcastviajeros.example.co")

msg(OTH, "admision_maestria", "es",
    ("Admisiones Posgrado", "admisiones.posgrado@unitec-ejemplo.example.edu.mx"),
    "Resultado de admisión - Maestría en Dirección de Empresas Turísticas",
    """
Estimada Valentina Ríos Castellanos:

El Comité Académico ha concluido la evaluación de los aspirantes a la Maestría en Dirección de Empresas Turísticas, generación 2026-2028. Nos complace informarle que ha sido ADMITIDA.

Deberá realizar su inscripción entre el 3 y el 14 de agosto.

Atentamente,
Coordinación de Admisiones de Posgrado
""", fmt="alt")

msg(OTH, "headhunter_frio_es", "es",
    ("Ignacio Larraín", "ilarrain@cumbreexecutive.example.cl"),
    "Perfil interesante",
    """
Hola Valentina,

Me topé con tu perfil y me pareció muy interesante tu trayectoria en front office y eventos. Trabajo con varias cadenas hoteleras y aerolíneas en Chile y Perú en posiciones de gerencia media.

Por ahora no tengo una búsqueda abierta que calce con tu perfil, pero me gustaría tenerte en mi radar. Si quieres, mándame tu CV actualizado y tus expectativas de renta.

Saludos,
Ignacio Larraín
Socio | Cumbre Executive Search
""", contact="ilarrain@cumbreexecutive.example.cl")

msg(OTH, "junta_diaria_recepcion", "es",
    ("Ricardo Vela", "ricardo.vela@hotelpresidente-cdmx.example.com.mx"),
    "Invitación: Junta diaria de recepción @ lun - vie 7:45",
    """
Junta diaria de recepción (15 min): llegadas VIP, grupos, incidencias del turno de noche.
Lugar: Back office recepción

Ricardo Vela
Gerente de División Cuartos
""", contact="ricardo.vela@hotelpresidente-cdmx.example.com.mx",
    ics={"summary": "Junta diaria de recepción", "start": "20260302T134500Z", "minutes": "15", "location": "Back office recepción"})

msg(OTH, "netflix_pago", "es",
    ("Netflix", "info@mailer.netflix.example.com"),
    "Actualiza tu método de pago",
    """
Hola, Valentina:

No pudimos procesar el pago de tu membresía. Actualiza tu información de pago para seguir disfrutando de Netflix.

ACTUALIZAR PAGO

¿Necesitas ayuda? Visita el Centro de ayuda.
Netflix México
""", fmt="html")

msg(OTH, "linkedin_digest_en", "en",
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    "\"customer experience manager\": 25 new jobs in Miami",
    """
Your job alert for customer experience manager in Miami, Florida

Customer Experience Manager
Coastal Cruise Holdings · Miami, FL · On-site
Easy Apply

Guest Experience Manager - Airport Lounges
Priority Lounges · Miami, FL
Actively recruiting

See all jobs

You're receiving this because you created a job alert. Unsubscribe · Help
""", fmt="html", bulk=True)

msg(OTH, "newsletter_rejection_advice_en", "en",
    ("The Hospitality Career Letter", "hello@hospitalitycareerletter.example.com"),
    "How to bounce back after \"we've decided to move forward with other candidates\"",
    """
This week on The Hospitality Career Letter

You made it to the final round, sent the thank-you note, and then: "Unfortunately, we've decided to move forward with other candidates." Here's what five hotel GMs told us about handling rejection, asking for feedback, and what to do when you miss an interview because of a scheduling mix-up.

Also inside: 12 open roles in revenue management, and our offer negotiation checklist.

Read the full issue ->

You're receiving this because you subscribed at hospitalitycareerletter.example.com. Unsubscribe.
""", fmt="alt", bulk=True)

msg(OTH, "user_research_travel_app", "en",
    ("Hannah Lee", "hannah.lee@wanderly.example.com"),
    "Would you join a 30-min user interview? ($50 gift card)",
    """
Hi Valentina,

I'm a UX researcher at Wanderly. You booked a few trips with us this year and we'd love to hear about your experience planning group travel.

Would you be up for a 30-minute user interview over Zoom next week? As a thank you, we'll send a $50 gift card. Pick a slot here: https://calendly.com/wanderly-research/30min

Thanks!
Hannah
""", contact="hannah.lee@wanderly.example.com")

msg(OTH, "press_interview_request_en", "en",
    ("Tom Gallagher", "tom.gallagher@travelweeklymag.example.com"),
    "Interview request: women leading hotel front offices",
    """
Hi Valentina,

I'm writing a feature for Travel Weekly Magazine on women leading front office teams in Latin America, and a colleague suggested I talk to you. Would you have 20 minutes for a phone interview this week? I'm on deadline Friday.

Best,
Tom Gallagher
Senior Reporter, Travel Weekly Magazine
""", contact="tom.gallagher@travelweeklymag.example.com")

msg(OTH, "cold_outreach_recruiter_en", "en",
    ("Priyanka Iyer", "priyanka.iyer@globalhospitalitysearch.example.com"),
    "Open to opportunities in the Middle East?",
    """
Hi Valentina,

Hope you're well! I specialise in placing hospitality leaders across the GCC and came across your profile. Lots of our luxury hotel clients in Dubai and Doha are hiring Spanish-speaking front office managers this year.

Nothing specific right now, but if you'd ever consider relocating, I'd love to add you to my network. Feel free to send over your CV whenever.

Kind regards,
Priyanka Iyer
Global Hospitality Search
""", contact="priyanka.iyer@globalhospitalitysearch.example.com")

msg(OTH, "friend_ghosted_en", "en",
    ("Sam Okafor", "sam.okafor@example.net"),
    "ugh",
    """
V, remember the airline job I told you about? Final round was last Thursday, they said I'd hear back "early this week". Nothing. Then this morning a two-line email: "we have decided not to proceed with your application". After a take-home AND four interviews. I'm done.

Anyway how did your thing in Lisbon go??

S
""", contact="sam.okafor@example.net")

msg(OTH, "ooo_recruiter_en", "en",
    ("Dana Whitfield", "dana.whitfield@skywardair.example.com"),
    "Automatic reply: Interview availability",
    """
Thank you for your email. I am out of the office until Monday, March 16 with limited access to email. For urgent matters please contact talent@skywardair.example.com.

Dana Whitfield
Senior Recruiter, Skyward Airlines
""", contact="dana.whitfield@skywardair.example.com", extra={"Auto-Submitted": "auto-replied"})

msg(OTH, "airline_passenger_schedule_change", "en",
    ("Aeroméxico Notifications", "notifications@aeromexico-example.example.com"),
    "Important: your flight AM 404 has been rescheduled",
    """
Dear Valentina Rios Castellanos,

We regret to inform you that your flight has been rescheduled due to operational reasons.

Booking reference: QZ8L4P
Flight AM 404 Mexico City (MEX) - Miami (MIA)
New departure: 21 Jul 2026 10:45 (previously 09:10)

You may change your flight at no extra cost through Manage my booking.
""", fmt="html")

msg(OTH, "location_sharing_position", "en",
    ("Google Maps", "noreply-maps-timeline@google.com"),
    "Daniela shared her location with you",
    """
Daniela Ortega is sharing her real-time location with you until 11:30 PM.

Current position: near Av. Insurgentes Sur 1602, Ciudad de México
Battery: 38%

Open Google Maps to see where Daniela is.
""", fmt="alt")

msg(OTH, "interview_experience_survey", "en",
    ("Staybird Candidate Experience", "surveys@candidatepulse.example.com"),
    "How was your interview with Staybird?",
    """
Hi Valentina,

You recently interviewed with Staybird. We'd love to hear about your experience - it takes 2 minutes and your answers are anonymous.

How likely are you to recommend interviewing at Staybird to a friend? 0 1 2 3 4 5 6 7 8 9 10

Thank you!
Powered by CandidatePulse · Unsubscribe
""", fmt="html", bulk=True)

msg(OTH, "hcareers_webinar", "en",
    ("Hcareers", "news@hcareers.example.com"),
    "Free webinar: Nailing the hotel GM interview",
    """
Join us Thursday at 2pm ET for a free webinar with three hotel recruiters on what they look for in leadership interviews, how to follow up, and why candidates get rejected after the final round.

Register now

Hcareers · Manage email preferences · Unsubscribe
""", fmt="html", bulk=True)

msg(OTH, "miami_apartment_declined", "en",
    ("Brickell Bay Residences Leasing", "leasing@brickellbayres.example.com"),
    "Your rental application - Unit 1208",
    """
Hi Valentina,

Thank you for applying for Unit 1208 at Brickell Bay Residences. Unfortunately, we are unable to approve your application at this time because we could not verify US rental history or credit.

You may reapply with a qualified guarantor. Your application fee is non-refundable.

Leasing Office
Brickell Bay Residences
""", contact="leasing@brickellbayres.example.com")

msg(OTH, "spotify_wrapped_en", "en",
    ("Spotify", "no-reply@spotify.example.com"),
    "Your Premium plan is changing",
    """
Hi Valentina,

Starting next month, the price of Premium Individual in Mexico will change to $129 MXN/month. You don't need to do anything - your plan will continue as usual.

Questions? Visit our support site.
Spotify
""", fmt="html")

msg(OTH, "wttj_alerte_fr", "fr",
    ("Welcome to the Jungle", "alertes@welcometothejungle.example.com"),
    "Nouvelles offres : Customer Success Manager",
    """
Bonjour Valentina,

3 nouvelles offres correspondent à votre alerte « Customer Success Manager - Tourisme » :

Customer Success Manager - Welcomeboard · Paris · Télétravail partiel
Account Manager Hôtellerie - Roomify · Lyon
CSM Bilingue Espagnol - Guestlink · Remote

Voir les offres

Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner
""", fmt="html", bulk=True)

msg(OTH, "newsletter_conseils_fr", "fr",
    ("Cadremploi Conseils", "newsletter@cadremploi-conseils.example.fr"),
    "Refus après entretien : comment rebondir ?",
    """
LA LETTRE CARRIÈRE DU JEUDI

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue » : comment rebondir après un refus ? Nos conseils pour demander un retour, relancer un recruteur et préparer votre prochain entretien.

Aussi cette semaine : négocier une offre d'embauche, et les métiers de l'événementiel qui recrutent.

Lire la lettre | Se désinscrire
""", fmt="alt", bulk=True, charset="iso-8859-1", cte="quoted-printable")

msg(OTH, "radio_interview_fr", "fr",
    ("Élodie Garnier", "elodie.garnier@radiovoyages.example.fr"),
    "Interview radio - émission Escales",
    """
Bonjour Valentina,

Je prépare l'émission « Escales » consacrée au tourisme au Mexique et j'aimerais vous interviewer par téléphone (15 minutes, enregistrement mardi 14h heure de Paris) sur l'accueil des voyageurs européens à Cancún.

Seriez-vous disponible ?

Bien à vous,
Élodie Garnier
Journaliste, Radio Voyages
""", contact="elodie.garnier@radiovoyages.example.fr")

msg(OTH, "colis_retard_fr", "fr",
    ("Colissimo", "noreply@colissimo.example.fr"),
    "Votre colis est retardé",
    """
Bonjour,

Malheureusement, la livraison de votre colis n° 6A21498765432 est retardée en raison d'un incident d'acheminement. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Suivre mon colis

Colissimo - Ne pas répondre à ce message.
""", fmt="html")

msg(OTH, "admission_universite_fr", "fr",
    ("Admissions Master Tourisme", "admissions@univ-savoie-tourisme.example.fr"),
    "Décision d'admission - Master Management du Tourisme",
    """
Madame,

Nous avons le regret de vous informer que la commission pédagogique n'a pas retenu votre candidature au Master 1 Management du Tourisme pour l'année universitaire 2026-2027, en raison du nombre limité de places.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service Scolarité - IAE
""", charset="iso-8859-1", cte="quoted-printable")

msg(OTH, "absence_fr_recruteur", "fr",
    ("Sophie Marchand", "s.marchand@palaisdescongres-ouest.example.fr"),
    "Réponse automatique : Disponibilités entretien",
    """
Bonjour,

Je suis absente jusqu'au 4 mai inclus. Pour toute demande urgente, merci de contacter le service RH au 02 40 00 12 00.

Cordialement,
Sophie Marchand
""", contact="s.marchand@palaisdescongres-ouest.example.fr", extra={"Auto-Submitted": "auto-replied"})

msg(OTH, "approche_recruteur_fr", "fr",
    ("Thomas Lefèvre", "thomas.lefevre@horizonsrh.example.fr"),
    "Votre profil",
    """
Bonjour Valentina,

J'accompagne des groupes hôteliers et des réceptifs en France et en Espagne sur leurs recrutements de managers. Votre parcours entre hébergement et événementiel m'intéresse beaucoup.

Je n'ai pas de mission ouverte correspondant à votre profil aujourd'hui, mais je serais ravi d'échanger par mail pour mieux connaître vos envies de mobilité. N'hésitez pas à m'envoyer votre CV en français.

Cordialement,
Thomas Lefèvre
Horizons RH
""", contact="thomas.lefevre@horizonsrh.example.fr")

msg(OTH, "banque_credit_fr", "fr",
    ("Banque Lumière", "service-client@banquelumiere.example.fr"),
    "Votre demande de prêt personnel a bien été reçue",
    """
Chère cliente,

Nous accusons réception de votre demande de prêt personnel n° PL-2026-55190. Un conseiller étudiera votre dossier sous 48 heures ouvrées. Malheureusement, nous ne pouvons pas traiter les demandes par téléphone à ce stade.

Banque Lumière - Votre espace client
""", fmt="alt")

msg(OTH, "stepstone_jobagent_de", "de",
    ("StepStone Jobagent", "jobagent@stepstone.example.de"),
    "12 neue Jobs für \"Guest Relations Manager\"",
    """
Hallo Valentina,

dein Jobagent hat neue passende Stellen gefunden:

Guest Relations Manager (m/w/d) - Grandhotel am See · München
Front Office Manager (m/w/d) - Stadthotel Mitte · Berlin
Event Managerin (m/w/d) - Kongresszentrum Nord · Hamburg

Alle Jobs ansehen

Jobagent bearbeiten | Abmelden
""", fmt="html", bulk=True)

msg(OTH, "xing_karrieretipps_de", "de",
    ("XING Karriere-Newsletter", "newsletter@xing-karriere.example.de"),
    "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
    """
Ihr Karriere-Update der Woche

Eine Absage nach dem zweiten Gespräch tut weh. Unsere Expertin erklärt, wie Sie um Feedback bitten, wann eine Nachfass-Mail sinnvoll ist und wie Sie einen verpassten Termin retten.

Außerdem: Gehaltsverhandlung beim Jobangebot - die 5 wichtigsten Regeln.

Weiterlesen

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden
""", fmt="alt", bulk=True)

msg(OTH, "dhl_verspaetung_de", "de",
    ("DHL Paket", "noreply@dhl.example.de"),
    "Ihre Sendung verspätet sich",
    """
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Neuer voraussichtlicher Zustelltag: Donnerstag.

Sendung verfolgen

Ihr DHL Team
Diese E-Mail wurde automatisch versendet.
""", fmt="html", charset="iso-8859-1", cte="quoted-printable")

msg(OTH, "bahn_fahrplanaenderung", "de",
    ("Deutsche Bahn", "buchungsbestaetigung@bahn.example.de"),
    "Änderung Ihrer Reise München - Lindau",
    """
Sehr geehrte Frau Ríos Castellanos,

aufgrund von Bauarbeiten ändert sich Ihre Verbindung am 10.06.2026. Neue Abfahrt in München Hbf: 07:52 Uhr (statt 07:16 Uhr), Ankunft Lindau-Reutin 10:12 Uhr.

Ihre Fahrkarte behält ihre Gültigkeit. Die Zugbindung ist aufgehoben.

Ihr Team der Deutschen Bahn
""", charset="iso-8859-1")

msg(OTH, "wohnung_absage_de", "de",
    ("Maximilian Weber", "m.weber@hausverwaltung-bodensee.example.de"),
    "Ihre Anfrage zur Wohnung Bregenzer Straße 8",
    """
Sehr geehrte Frau Ríos Castellanos,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Bregenzer Straße. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Maximilian Weber
Hausverwaltung Bodensee
""", contact="m.weber@hausverwaltung-bodensee.example.de", charset="windows-1252", cte="quoted-printable")

msg(OTH, "sprachschule_einstufung_de", "de",
    ("Sprachinstitut Lindau", "info@sprachinstitut-lindau.example.de"),
    "Ihr Einstufungstest Deutsch B1",
    """
Liebe Frau Ríos Castellanos,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B1. Ihr Einstufungstest findet online am Montag um 9:00 Uhr statt, danach gibt es ein kurzes mündliches Gespräch mit einer Lehrkraft.

Den Link erhalten Sie am Vortag.

Freundliche Grüße
Ihr Sprachinstitut Lindau
""", contact="info@sprachinstitut-lindau.example.de")

msg(OTH, "abwesenheit_de", "de",
    ("Jonas Brandt", "jonas.brandt@kongresswerk.example.de"),
    "Abwesenheitsnotiz: Gespräch letzte Woche",
    """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an karriere@kongresswerk.example.de.

Viele Grüße
Jonas Brandt
""", contact="jonas.brandt@kongresswerk.example.de", extra={"Auto-Submitted": "auto-replied"})

# Days of the messages whose text names dates or belongs to a thread, so threads read in order.
WHEN = {
    "hotel_casa_lucia_mobile": "2026-04-16",
    "entrevista_telefonica_es_spain": "2026-03-13", "cambio_hora_es_spain": "2026-03-17",
    "propio_agradecimiento_entrevista": "2026-03-19",
    "videoentrevista_teams_ics_mx": "2026-03-05", "cancel_ics_mx": "2026-03-10",
    "mx_oferta_formal": "2026-08-10",
    "dinamica_grupo_pe": "2026-02-02", "pe_reprogramacion_dinamica": "2026-02-04",
    "pe_inasistencia": "2026-02-10",
    "de_einladung_vorstellung": "2026-05-28", "de_termin_verschieben": "2026-06-04",
    "bahn_fahrplanaenderung": "2026-06-05", "de_vertrag_unterschrift": "2026-06-19",
    "caso_practico_madrid": "2026-03-18", "madrid_entrevista_adelanta": "2026-03-23",
    "indian_en_telephonic": "2026-04-08", "indian_en_postponed": "2026-04-13",
    "indian_en_not_reachable": "2026-04-20",
    "panel_onsite_lisboa_en": "2026-04-24",
    "mx_gerencia_whatsapp": "2026-02-10", "mx_outlook_chain_cambio": "2026-02-11",
    "mx_no_se_presento": "2026-02-16",
    "uy_entrevista_ics": "2026-07-14",
    "pruebas_psicometricas_invite": "2026-05-27", "co_propuesta_laboral": "2026-06-16",
    "fr_entretien_visio": "2026-04-14", "fr_report_entretien": "2026-04-21",
    "absence_fr_recruteur": "2026-04-28",
    "next_round_greenhouse_en": "2026-04-02", "en_push_back_mobile": "2026-04-08",
    "interview_experience_survey": "2026-04-16", "staybird_offer_letter_en": "2026-05-08",
    "ooo_recruiter_en": "2026-03-11", "tried_calling_en": "2026-03-24",
    "goodtime_airline_en": "2026-04-28", "goodtime_reschedule_en": "2026-05-11",
    "workday_offer_en": "2026-05-29",
    "lever_reschedule_saas_en": "2026-03-02", "ats_no_show_en": "2026-03-05",
    "take_home_lever_saas": "2026-03-30",
    "smartrecruiters_interview_cl": "2026-06-01", "cl_cancelada_proceso_pausa": "2026-06-08",
    "teams_no_join_es": "2026-06-15",
    "visita_hotel_co_tu": "2026-07-02", "co_aplazada_hotel": "2026-07-04",
    "co_no_llego_mobile": "2026-07-08",
    "ar_vos_entrevista_rrhh": "2026-05-04", "ar_suspendida_paro": "2026-05-08",
    "verbal_offer_followup_ar": "2026-06-10",
    "agency_many_exclamations_en": "2026-08-03", "agency_client_cancelled_en": "2026-08-07",
    "agency_offer_miami_en": "2026-08-27",
    "conditional_offer_uk": "2026-07-06",
    "en_uk_missed_zoom": "2026-09-01", "british_shant_progressing": "2026-09-14",
    "de_after_interview_du": "2026-05-14", "abwesenheit_de": "2026-05-18",
    "fuera_oficina_reclutadora": "2026-04-06", "ingles_prueba_mx": "2026-04-14",
    "fr_casual_after_interview": "2026-03-05", "fr_promesse_embauche": "2026-03-26",
    "cancelled_role_es_spain": "2026-06-10", "es_spain_contrato_firmar": "2026-08-20",
    "lever_ack_en_finland": "2026-02-02", "recruitee_finnish_en": "2026-02-25",
    "teamtailor_ack_es_spain": "2026-01-20", "teamtailor_bcn_es": "2026-02-12",
    "quick_chat_en_casual": "2026-09-22", "de_du_zweites_gespraech": "2026-06-22",
    "de_nicht_erschienen": "2026-06-24", "fr_tu_appel": "2026-09-07", "fr_absente_visio": "2026-09-11",
    "airline_passenger_schedule_change": "2026-07-01", "renfe_cambio_horario": "2026-06-10",
    "imss_cita_umf": "2026-04-06", "cfe_recibo": "2026-05-16", "ado_boleto": "2026-03-01",
    "admision_maestria": "2026-07-15", "bamboohr_ack_ngo": "2026-05-20", "uni_es_ack": "2026-03-09",
    "junta_diaria_recepcion": "2026-02-26",
}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
