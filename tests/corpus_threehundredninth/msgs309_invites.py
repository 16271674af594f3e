"""Corpus 309: interview invitations, moved/cancelled interviews and missed-interview notices."""

from __future__ import annotations

from msgs309_common import CAND, msg
from msgs309_rejections import (
    AINHOA,
    AOIFE,
    DECLAN,
    ELENA,
    FIONA,
    FLEXI,
    GYSIN,
    JORDI,
    JULIEN,
    NURIA,
    RAQUEL,
    SANFERMIN,
    SOPHIE,
    THOMAS,
)

IKER = ("Iker Goñi", "iker.goni@vetalia.example.es")
HCE = ("Selección · Hospital Clínico del Ebro", "seleccion@hcebro.example.es")
LAURE = ("Laure Bessière", "laure.bessiere@medocc.example.fr")

NURIA_SIG = """Núria Vilalta i Soler
People & Talent · Medidispositivos Arán
C/ de la Indústria 212, 08026 Barcelona · 93 555 61 20"""

IRATI_INVITE = msg(
    "irati_inner_invite", "interview_invitation", "es", "Laboratorios Irati", "",
    ("Mikel Arregui", "mikel.arregui@labirati.example.es"),
    "Entrevistas candidatas técnica de registros", "2026-02-02 09:12 +0100",
    """Hola Ainhoa:

Nos gustaría ver a tus dos candidatas el miércoles 11 de febrero en nuestras instalaciones
de Berrioplano. A Marina Quiroga la podríamos ver a las 12:00; la entrevista la haré yo con
la responsable de Garantía de Calidad. Que traiga el título y el DNI para el registro de
visitas.

Gracias,
Mikel Arregui
Director Técnico · Laboratorios Irati
""", to=[AINHOA])

MESSAGES = [
    # ================================================================ invitations es
    msg("aran_invite", "interview_invitation", "es", "Medidispositivos Arán",
        "nuria.vilalta@aranmedical.example.es", NURIA,
        "Entrevista Técnico/a Regulatorio MDR – Medidispositivos Arán", "2026-03-02 10:30 +0100",
        f"""Hola Marina,

Gracias por tu candidatura. Nos gustaría invitarte a una entrevista presencial en nuestras
oficinas de Barcelona con Òscar Ferrer, responsable de Regulatory & Quality.

Te propongo el jueves 5 de marzo a las 11:00. Si te resulta complicado venir desde Zaragoza,
podemos hacerla por Teams. ¿Qué prefieres?

Un saludo,

{NURIA_SIG}
""", name_enc=("utf-8", "Q")),
    msg("clinivia_phone_screen", "interview_invitation", "es", "Clinivia CRO",
        "jordi.puig@clinivia.example.es", ("Clinivia CRO", "no-reply@personio.de"),
        "Clinivia CRO: reserva tu entrevista telefónica", "2026-02-12 12:00 +0100",
        """Hola Marina,

¡Gracias por tu candidatura a Regulatory Start-up Specialist! Nos gustaría tener una primera
llamada telefónica de 20 minutos contigo.

Elige el hueco que mejor te venga en este enlace:
https://clinivia.jobs.personio.example/schedule/7f3a2c

La llamada la hará Jordi Puig, de nuestro equipo de Talent. Si ninguno de los huecos te
encaja, responde a este correo.

Un saludo,
Clinivia CRO · Talent
""", reply_to=JORDI, alt=True, brand="Clinivia CRO", color="#117a65"),
    msg("hce_prueba_practica", "interview_invitation", "es", "Hospital Clínico del Ebro",
        "seleccion@hcebro.example.es", HCE,
        "Convocatoria prueba práctica y entrevista – Farmacia Hospitalaria",
        "2026-04-14 13:30 +0200",
        """Estimada Sra. Quiroga Salas:

Por la presente se le convoca a la fase de prueba práctica y entrevista del proceso de
selección de Farmacéutico/a para el Servicio de Farmacia Hospitalaria.

Fecha: martes, 28 de abril de 2026
Hora: 9:00 (prueba práctica, 90 min); a continuación, entrevista personal
Lugar: Aula 3, Edificio de Docencia, Hospital Clínico del Ebro

Deberá acudir con DNI y bolígrafo. La prueba consistirá en la validación de prescripciones y
un caso de farmacotecnia.

Atentamente,
Unidad de Selección
Hospital Clínico del Ebro
""", charset="iso-8859-1", cte="8bit", name_enc=("iso-8859-1", "Q")),
    msg("vetalia_scheduling_link", "interview_invitation", "es", "Vetalia Salud Animal",
        "iker.goni@vetalia.example.es", IKER,
        "Vetalia: agenda tu videollamada", "2026-03-25 09:00 +0100",
        """Hola Marina:

Soy Iker Goñi, de RR. HH. de Vetalia Salud Animal. Hemos visto tu candidatura para Técnico/a
de Registros Veterinarios y nos gustaría conocerte en una videollamada de 30 minutos con
nuestra directora técnica.

Puedes escoger directamente el día y la hora aquí:
https://citas.example.com/vetalia-rrhh/entrevista-registros

Tenemos huecos del 30 de marzo al 3 de abril.

Un saludo,
Iker
""", name_enc=("utf-8", "B"), alt=True, brand="Vetalia Salud Animal", color="#1e8449"),
    msg("tempora_irati_fwd", "interview_invitation", "es", "Laboratorios Irati",
        "ainhoa.etxeberria@tempora-ett.example.es", AINHOA,
        "RV: Entrevistas candidatas técnica de registros", "2026-02-02 11:40 +0100",
        """Hola Marina:

¡Buenas noticias! Te reenvío el correo de Laboratorios Irati: quieren entrevistarte el
miércoles 11 de febrero a las 12:00 en Berrioplano (a 10 minutos de Pamplona). Lleva el
título y el DNI, como piden.

¿Me confirmas que puedes ir? Si necesitas que te ayude con el desplazamiento, dímelo.

Ainhoa
Tempora ETT Pamplona
""", fwd=IRATI_INVITE),
    msg("cinca_invite", "interview_invitation", "es", "Cinca Medical",
        "raquel.esteban@cincamedical.example.es", RAQUEL,
        "Entrevista – Técnico/a de Asuntos Regulatorios", "2026-05-04 16:45 +0200",
        """Hola Marina:

Nos gustaría conocerte. ¿Podrías venir el miércoles 13 de mayo a las 9:30 a nuestras
instalaciones de Villanueva de Gállego? La entrevista durará aproximadamente una hora e
incluirá una visita a la sala blanca.

Pregunta por mí en recepción.

Raquel Esteban
Selección y Desarrollo · Cinca Medical
""", charset="windows-1252", cte="8bit"),
    msg("prisma_invite", "interview_invitation", "es", "Prisma Regulatory Consulting",
        "elena.marti@prismaregulatory.example.es", ELENA,
        "Entrevista y caso práctico – Consultor/a Regulatorio Junior", "2026-04-09 12:20 +0200",
        """Hola Marina,

Gracias por presentarte a nuestra vacante de Consultor/a Regulatorio Junior. Queremos
invitarte a la siguiente fase: una entrevista con el equipo en nuestra oficina de Madrid
(calle Orense 34) el martes 21 de abril a las 10:00, seguida de un caso práctico sobre un
expediente de producto sanitario que presentarás el lunes 27.

Confírmame, por favor, si puedes acudir.

Elena Martí
Senior Manager · Prisma Regulatory Consulting
"""),
    msg("genfar_teams_invite", "interview_invitation", "es", "Genfar Iberia", "",
        ("Genfar Iberia – Selección", "genfar-noreply@successfactors.eu"),
        "Invitación a entrevista: Regulatory Affairs Officer (REQ 7731)",
        "2026-03-10 08:30 +0000",
        """Estimada Marina:

Nos complace invitarte a una entrevista por Microsoft Teams para la posición Regulatory
Affairs Officer (REQ 7731).

Fecha y hora: lunes 16 de marzo de 2026, 10:00 – 11:00 (hora de Madrid)
Entrevistadores: Marta Requena (RA Manager) y Talent Acquisition

Encontrarás la convocatoria adjunta. Acéptala desde tu calendario para confirmar tu
asistencia.

Talent Acquisition · Genfar Iberia
Este mensaje se ha enviado desde una dirección que no admite respuestas.
""", ics={"method": "REQUEST", "uid": "genfar-req7731-int1@successfactors.eu", "seq": 0,
             "start": "20260316T100000", "end": "20260316T110000",
             "summary": "Entrevista Regulatory Affairs Officer – Marina Quiroga",
             "location": "Microsoft Teams",
             "organizer": ("Genfar Iberia Talent", "genfar-noreply@successfactors.eu"),
             "stamp": "20260310T083000Z"}, name_enc=("utf-8", "Q")),
    msg("sanfermin_invite", "interview_invitation", "es", "Hospital San Fermín",
        "farmacia.seleccion@hsanfermin.example.es", SANFERMIN,
        "Citación a entrevista – farmacéutica adjunta", "2026-05-28 10:10 +0200",
        """Estimada Marina:

Te citamos a una entrevista con la jefa del Servicio de Farmacia, la Dra. Arantxa Zubiri, el
jueves 4 de junio a las 12:00, en la planta −1 del Pabellón C (Servicio de Farmacia).

Si no pudieras acudir, te rogamos que nos avises con antelación en este correo o en el
948 555 300, extensión 4410.

Un cordial saludo,
Servicio de Farmacia
Hospital San Fermín · Pamplona
""", name_enc=("utf-8", "B")),
    # ================================================================ invitations en
    msg("harbourline_ashby_link", "interview_invitation", "en", "Harbourline Clinical",
        "aoife.brennan@harbourline.example.ie",
        ("Aoife Brennan from Harbourline Clinical", "no-reply@ashbyhq.com"),
        "Let's schedule your video interview with Harbourline Clinical",
        "2026-03-30 10:15 +0100",
        """Hi Marina,

Thanks for applying to the Regulatory Start-Up Associate role at Harbourline Clinical. We'd
like to invite you to a 45-minute video interview with our Regulatory Start-Up Lead.

Please pick a time that suits you here:
https://jobs.ashbyhq.example/harbourline/schedule/4d1e9b

Slots are available between 2 and 9 April. Reply to this email if none of them work.

Best,
Aoife Brennan
Talent Partner, Harbourline Clinical
""", reply_to=AOIFE, alt=True, brand="Harbourline Clinical", color="#14375e"),
    msg("munster_leevalley_invite", "interview_invitation", "en", "Lee Valley Generics",
        "declan.oshea@munsterpharma.example.ie", DECLAN,
        "Interview with Lee Valley Generics – Tues 28 April", "2026-04-20 12:35 +0100",
        """Hi Marina,

Great news: Lee Valley Generics would like to meet you for the Regulatory Affairs Executive
role. They've proposed Tuesday 28 April at 14:00 Irish time by video, with their RA Manager
and Head of Quality. Expect about an hour, including some questions on variations and
renewals.

Can you confirm and I'll send the Teams link over? Happy to do a prep call beforehand.

Regards,
Declan

Declan O'Shea | Principal Consultant, Pharma & Regulatory
Munster Pharma Recruitment | 14 South Mall, Cork
"""),
    msg("northgate_assessment", "interview_invitation", "en", "Northgate Regulatory Services",
        "fiona.kearney@northgate-regulatory.example.ie", FIONA,
        "Invitation to interview and written exercise", "2026-05-25 09:45 +0100",
        """Dear Marina,

Thank you for your application for the post of Regulatory Consultant. I'm pleased to invite
you to the next stage: a panel interview by Microsoft Teams followed by a short written
exercise (a gap analysis of a module 1 for an Irish submission).

Date: Tuesday 2 June 2026
Time: 10:00 (Irish time), approximately 90 minutes

Please confirm your attendance by return.

Kind regards,
Fiona Kearney
HR Manager, Northgate Regulatory Services
""", alt=True, brand="Northgate Regulatory Services", color="#1b2631",
        cte="quoted-printable"),
    msg("kinsale_lever_call", "interview_invitation", "en", "Kinsale Animal Health", "",
        ("Kinsale Animal Health", "no-reply@hire.lever.co"),
        "Next steps: book your first call with Kinsale Animal Health", "2026-06-15 08:05 +0100",
        """Hi Marina,

Thanks for your interest in the Regulatory Affairs Associate role. We'd like to invite you
to a 30-minute introductory phone call with our hiring manager.

Book a time here: https://calendar.example.com/kinsale-ah/ra-associate-intro

After booking you'll receive a calendar confirmation with the phone details.

The Kinsale Animal Health Talent Team
""", alt=True, brand="Kinsale Animal Health", color="#2c7a7b"),
    # ================================================================ invitations de
    msg("dreiland_einladung", "interview_invitation", "de", "Dreiland Regulatory Consulting",
        "martin.gysin@dreiland-regulatory.example.ch", GYSIN,
        "Einladung zu einem Gespräch – Junior Consultant Regulatory Affairs",
        "2026-02-23 08:40 +0100",
        """Sehr geehrte Frau Quiroga Salas

Vielen Dank für Ihre Bewerbung. Gerne würden wir Sie persönlich kennenlernen und laden Sie
zu einem Gespräch in unser Büro in Basel ein:

Montag, 2. März 2026, 10:00 Uhr
Dreiland Regulatory Consulting, St. Jakobs-Strasse 25, 4052 Basel, 3. OG

Falls eine Anreise zu aufwendig ist, können wir das Gespräch auch per Video führen.

Freundliche Grüsse
Martin Gysin
Managing Partner
""", charset="iso-8859-1", cte="quoted-printable"),
    msg("birsig_video_interview", "interview_invitation", "de", "Birsig Medtech", "",
        ("Birsig Medtech Recruiting", "noreply@softgarden.io"),
        "Einladung zum Video-Interview – Regulatory Affairs Manager (m/w/d)",
        "2026-03-06 14:00 +0100",
        """Sehr geehrte Frau Quiroga Salas,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Video-Interview einladen.

Termin: Mittwoch, 18. März 2026, 15:00 Uhr
Gesprächspartner: Dr. Anna Lüthi (Head of Regulatory Affairs)

Über den folgenden Link können Sie den Termin bestätigen oder einen Alternativtermin
vorschlagen: https://birsig.softgarden.example/interview/confirm/88213

Mit freundlichen Grüßen
Ihr Recruiting-Team der Birsig Medtech AG
""", alt=True, brand="Birsig Medtech", color="#444f5a"),
    # ================================================================ invitations fr
    msg("pyrene_visio", "interview_invitation", "fr", "Pyrène Clinical",
        "julien.castagne@pyrene-clinical.example.fr", JULIEN,
        "Entretien en visio – Chargée d'affaires réglementaires", "2026-06-10 11:30 +0200",
        """Bonjour Marina,

Merci pour votre candidature, ainsi que pour votre message de fin mai. Je serais ravi
d'échanger avec vous en visioconférence sur le poste de chargée d'affaires réglementaires
(études cliniques).

Je vous propose mercredi 17 juin à 14h00. Le lien Teams figure dans l'invitation ci-jointe.

Bien à vous,
Julien Castagné
Responsable affaires réglementaires – Pyrène Clinical
""", ics={"method": "REQUEST", "uid": "pyr-ra-0617@pyrene-clinical.example.fr", "seq": 0,
             "start": "20260617T140000", "end": "20260617T150000",
             "summary": "Entretien Marina Quiroga Salas",
             "location": "Microsoft Teams", "organizer": JULIEN, "tz": "Europe/Paris",
             "stamp": "20260610T093000Z"}, name_enc=("iso-8859-1", "Q")),
    msg("capitole_lauragais_invite", "interview_invitation", "fr", "Laboratoires Lauragais",
        "sophie.roux@capitole-talents.example.fr", SOPHIE,
        "Entretien chez les Laboratoires Lauragais", "2026-05-11 10:05 +0200",
        """Bonjour Marina,

Bonne nouvelle : les Laboratoires Lauragais souhaitent vous rencontrer pour le poste
d'assistante affaires réglementaires. Ils proposent un entretien en visio le jeudi 14 mai
à 11h00 avec leur pharmacienne responsable.

Pouvez-vous me confirmer votre disponibilité ? Je vous enverrai le lien dès réception.

Belle journée,
Sophie Roux
Consultante - Capitole Talents
06 55 41 28 73
""", charset="iso-8859-1", cte="quoted-printable"),
    msg("medocc_phone", "interview_invitation", "fr", "MedOcc",
        "laure.bessiere@medocc.example.fr", ("MedOcc Recrutement", "medocc@taleo.net"),
        "Invitation à un entretien téléphonique – Spécialiste affaires réglementaires DM",
        "2026-05-18 15:00 +0200",
        """Madame,

Votre candidature a retenu notre attention. Laure Bessière, chargée de recrutement, souhaite
s'entretenir avec vous par téléphone le mardi 26 mai à 10h30 (durée : 30 minutes).

Merci de confirmer ce créneau en répondant à ce message ; votre réponse sera transmise
directement à Mme Bessière.

L'équipe Recrutement MedOcc
""", reply_to=LAURE, alt=True, brand="MedOcc", color="#a93226"),
    # ================================================================ reschedules es
    msg("aran_aplazada", "interview_reschedule_or_cancel", "es", "Medidispositivos Arán",
        "nuria.vilalta@aranmedical.example.es", NURIA,
        "Re: Cambio de fecha entrevista", "2026-03-04 17:30 +0100",
        f"""Hola Marina,

Sin problema. En realidad te iba a escribir igualmente: Òscar estará de viaje hasta el martes,
así que aplazamos la entrevista de mañana. Te propondré una nueva fecha en cuanto cuadre su
agenda, seguramente el jueves 12.

Gracias por avisar con tiempo.

{NURIA_SIG}
""", reply="aran_marina_reschedule_request", quote="gmail"),
    msg("clinivia_llamada_cancelada", "interview_reschedule_or_cancel", "es", "Clinivia CRO",
        "jordi.puig@clinivia.example.es", JORDI,
        "Cancelación de nuestra llamada de mañana", "2026-02-17 18:50 +0100",
        """Hola Marina:

Estoy con fiebre y mañana no voy a poder hacer nuestra llamada de las 9:30. Lo siento mucho.
En cuanto me recupere te escribo para buscar otro momento; tu candidatura sigue adelante.

Jordi Puig
Talent · Clinivia CRO
"""),
    msg("hce_prueba_aplazada", "interview_reschedule_or_cancel", "es",
        "Hospital Clínico del Ebro", "seleccion@hcebro.example.es", HCE,
        "Aplazamiento de la prueba práctica del 28 de abril", "2026-04-21 12:00 +0200",
        """Estimada Sra. Quiroga Salas:

Por necesidades organizativas del Servicio de Farmacia, la prueba práctica y la entrevista
previstas para el 28 de abril se aplazan. Se le comunicará la nueva fecha con al menos siete
días de antelación.

Disculpe las molestias.

Unidad de Selección
Hospital Clínico del Ebro
""", charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "Q"),
        subj_enc=("iso-8859-1", "Q")),
    msg("prisma_cambio_formato", "interview_reschedule_or_cancel", "es",
        "Prisma Regulatory Consulting", "elena.marti@prismaregulatory.example.es", ELENA,
        "Cambio: la entrevista del martes pasa a ser en remoto", "2026-04-20 09:10 +0200",
        """Hola Marina,

Un cambio de última hora: mañana tenemos obras en la oficina de Orense, así que la entrevista
no será presencial. La haremos por Teams y la movemos a las 12:00 en lugar de a las 10:00. Te
llegará el enlace esta tarde.

El caso práctico del lunes 27 se mantiene.

Elena
""", cte="base64"),
    msg("genfar_cancel", "interview_reschedule_or_cancel", "es", "Genfar Iberia", "",
        ("Genfar Iberia – Selección", "genfar-noreply@successfactors.eu"),
        "Cancelada: Entrevista Regulatory Affairs Officer (REQ 7731)", "2026-03-13 15:05 +0000",
        """Estimada Marina:

La entrevista prevista para el lunes 16 de marzo a las 10:00 ha sido cancelada por el
equipo de selección. Recibirás información sobre los próximos pasos por esta misma vía.

Talent Acquisition · Genfar Iberia
""", ics={"method": "CANCEL", "uid": "genfar-req7731-int1@successfactors.eu", "seq": 1,
             "start": "20260316T100000", "end": "20260316T110000",
             "summary": "Entrevista Regulatory Affairs Officer – Marina Quiroga",
             "location": "Microsoft Teams",
             "organizer": ("Genfar Iberia Talent", "genfar-noreply@successfactors.eu"),
             "stamp": "20260313T150500Z"}, name_enc=("utf-8", "Q")),
    msg("tempora_irati_movida", "interview_reschedule_or_cancel", "es", "Laboratorios Irati",
        "ainhoa.etxeberria@tempora-ett.example.es", AINHOA,
        "Re: RV: Entrevistas candidatas técnica de registros", "2026-02-06 13:25 +0100",
        """Marina, perdona el lío:

Me acaba de llamar Mikel, de Laboratorios Irati. Tienen una auditoría el miércoles y mueven tu
entrevista al viernes 13 de febrero a las 10:00, mismo lugar. ¿Te sigue encajando?

Ainhoa
""", reply={"id": "tempora_virtual_confirm", "frm": CAND, "to": AINHOA,
            "subject": "Re: RV: Entrevistas candidatas técnica de registros",
            "date": "2026-02-02 13:00 +0100",
            "text": "Hola Ainhoa, ¡qué bien! Sí, el miércoles 11 a las 12:00 allí estaré.\n"
                    "Marina\n"},
        quote="gmail"),
    # ================================================================ reschedules en
    msg("harbourline_ashby_moved", "interview_reschedule_or_cancel", "en",
        "Harbourline Clinical", "aoife.brennan@harbourline.example.ie",
        ("Aoife Brennan from Harbourline Clinical", "no-reply@ashbyhq.com"),
        "Your interview with Harbourline Clinical has been rescheduled",
        "2026-04-06 13:20 +0100",
        """Hi Marina,

Your video interview for Regulatory Start-Up Associate has been rescheduled by the
Harbourline Clinical team.

Previous time: Wednesday 8 April, 11:00 (Europe/Dublin)
New time: Thursday 9 April, 15:00 (Europe/Dublin)

An updated calendar invitation is attached. If the new time doesn't work, reply to this
email and Aoife will help.
""", reply_to=AOIFE,
        ics={"method": "REQUEST", "uid": "ashby-hc-int-4d1e9b@ashbyhq.com", "seq": 2,
             "start": "20260409T150000", "end": "20260409T154500",
             "summary": "Video interview – Harbourline Clinical",
             "location": "Google Meet", "organizer": AOIFE, "tz": "Europe/Dublin",
             "stamp": "20260406T122000Z"}),
    msg("munster_postponed", "interview_reschedule_or_cancel", "en", "Lee Valley Generics",
        "declan.oshea@munsterpharma.example.ie", DECLAN,
        "RE: Interview with Lee Valley Generics – Tues 28 April", "2026-04-24 16:05 +0100",
        """Hi Marina,

Small change: Lee Valley's Head of Quality has a regulatory inspection next week, so they've
asked to postpone Tuesday's interview. They're looking at the week of 4 May and I'll come
back to you with a new time as soon as I have it. Still very keen on you.

Declan
""", reply={"id": "munster_virtual_confirm", "frm": CAND, "to": DECLAN,
            "subject": "RE: Interview with Lee Valley Generics – Tues 28 April",
            "date": "2026-04-20 14:10 +0200",
            "text": "Hi Declan,\n\nTuesday 28 April at 14:00 is perfect. Yes please to a "
                    "prep call.\n\nThanks,\nMarina\n"},
        quote="outlook"),
    # ================================================================ reschedules de
    msg("dreiland_termin_abgesagt", "interview_reschedule_or_cancel", "de",
        "Dreiland Regulatory Consulting", "martin.gysin@dreiland-regulatory.example.ch",
        GYSIN, "Unser Termin am Montag", "2026-02-27 16:15 +0100",
        """Sehr geehrte Frau Quiroga Salas

Leider bin ich erkrankt und muss unseren Termin am Montag, 2. März, absagen. Ich melde mich
Anfang nächster Woche mit einem neuen Terminvorschlag, voraussichtlich für den 10. März.

Entschuldigen Sie bitte die Umstände.

Freundliche Grüsse
Martin Gysin
""", charset="windows-1252", cte="8bit"),
    msg("birsig_termin_geaendert", "interview_reschedule_or_cancel", "de", "Birsig Medtech",
        "", ("Birsig Medtech Recruiting", "noreply@softgarden.io"),
        "Terminänderung: Ihr Video-Interview bei Birsig Medtech", "2026-03-11 10:30 +0100",
        """Sehr geehrte Frau Quiroga Salas,

aus organisatorischen Gründen müssen wir Ihr Video-Interview verschieben.

Bisheriger Termin: Mittwoch, 18. März 2026, 15:00 Uhr
Neuer Termin: Freitag, 20. März 2026, 09:30 Uhr

Bitte bestätigen Sie den neuen Termin über Ihren Bewerberzugang:
https://birsig.softgarden.example/interview/confirm/88213

Mit freundlichen Grüßen
Ihr Recruiting-Team der Birsig Medtech AG
""", subj_enc=("utf-8", "B"), alt=True, brand="Birsig Medtech", color="#444f5a"),
    # ================================================================ reschedules fr
    msg("pyrene_annulation", "interview_reschedule_or_cancel", "fr", "Pyrène Clinical",
        "julien.castagne@pyrene-clinical.example.fr", JULIEN,
        "Annulé : Entretien Marina Quiroga Salas", "2026-06-15 19:40 +0200",
        """Bonjour Marina,

Je dois malheureusement annuler notre entretien de mercredi : une soumission urgente à
l'ANSM mobilise toute l'équipe. Je reviens vers vous très vite pour fixer un nouveau
créneau, probablement la semaine suivante.

Toutes mes excuses,
Julien
""", ics={"method": "CANCEL", "uid": "pyr-ra-0617@pyrene-clinical.example.fr", "seq": 1,
             "start": "20260617T140000", "end": "20260617T150000",
             "summary": "Entretien Marina Quiroga Salas",
             "location": "Microsoft Teams", "organizer": JULIEN, "tz": "Europe/Paris",
             "stamp": "20260615T174000Z"}, name_enc=("iso-8859-1", "Q")),
    # ================================================================ missed es
    msg("vetalia_no_contesta", "missed_interview_notice", "es", "Vetalia Salud Animal",
        "iker.goni@vetalia.example.es", IKER,
        "Hoy no hemos podido hablar", "2026-04-01 11:20 +0200",
        """Hola Marina:

Hoy a las 11:00, la hora que reservaste, te hemos llamado Carmen (directora técnica) y yo por
videollamada y también al móvil, pero no hemos conseguido localizarte.

Si ha habido algún problema, vuelve a reservar un hueco en el mismo enlace o contéstame a
este correo y lo organizamos.

Un saludo,
Iker
""", name_enc=("utf-8", "B")),
    msg("cinca_no_presentada", "missed_interview_notice", "es", "Cinca Medical",
        "raquel.esteban@cincamedical.example.es", RAQUEL,
        "Entrevista de esta mañana", "2026-05-13 10:35 +0200",
        """Hola Marina:

Te hemos estado esperando en recepción desde las 9:30 para la entrevista, pero no has
llegado y no hemos podido contactar contigo por teléfono.

Si sigues interesada, dime algo hoy o mañana y vemos si podemos encajar otra fecha.

Raquel Esteban
Cinca Medical
""", charset="windows-1252", cte="quoted-printable"),
    msg("flexiempleo_no_conectada", "missed_interview_notice", "es", "Flexiempleo",
        "seleccion.zaragoza@flexiempleo.example.es", FLEXI,
        "No te conectaste a la entrevista", "2026-08-05 10:50 +0200",
        """Hola Marina:

Esta mañana a las 10:15 teníamos programada la entrevista por videollamada con nuestra
consultora, Lorena, para la vacante de técnica de calidad y registros. Lorena te ha esperado
en la sala virtual 20 minutos y no te has conectado.

Si quieres continuar en el proceso, llámanos al 976 555 118.

Equipo de Selección · Flexiempleo ETT Zaragoza
"""),
    msg("sanfermin_no_show", "missed_interview_notice", "es", "Hospital San Fermín",
        "farmacia.seleccion@hsanfermin.example.es", SANFERMIN,
        "Incomparecencia a la entrevista del 4 de junio", "2026-06-04 13:15 +0200",
        """Estimada Marina:

Te comunicamos que no te presentaste a la entrevista convocada hoy, 4 de junio, a las 12:00
en el Servicio de Farmacia. La Dra. Zubiri te esperó hasta las 12:30.

Si se ha tratado de un imprevisto, te rogamos que nos lo indiques antes del lunes.

Servicio de Farmacia
Hospital San Fermín · Pamplona
""", name_enc=("utf-8", "B"), charset="iso-8859-1", cte="8bit"),
    # ================================================================ missed en
    msg("kinsale_tried_calling", "missed_interview_notice", "en", "Kinsale Animal Health",
        "brian.mccarthy@kinsale-ah.example.ie",
        ("Brian McCarthy", "brian.mccarthy@kinsale-ah.example.ie"),
        "Our call today", "2026-06-24 14:25 +0100",
        """Hi Marina,

I tried calling you at 14:00 as booked for our introductory call, twice, but it went to
voicemail. Maybe the time zone caught us out (it was 15:00 your time)?

If you'd still like to chat, please rebook through the same link.

Thanks,
Brian McCarthy
Regulatory Affairs Manager, Kinsale Animal Health
"""),
    msg("northgate_waited", "missed_interview_notice", "en", "Northgate Regulatory Services",
        "fiona.kearney@northgate-regulatory.example.ie", FIONA,
        "Interview this morning", "2026-06-02 10:40 +0100",
        """Dear Marina,

The panel waited for you in the Teams meeting from 10:00 until 10:30 this morning, but you
did not join, and we were unable to reach you by phone.

If something went wrong, please let me know. We may be able to offer one further slot next
week.

Kind regards,
Fiona Kearney
HR Manager, Northgate Regulatory Services
"""),
    # ================================================================ missed de
    msg("hlss_nicht_erreicht", "missed_interview_notice", "de", "Helvetic Life Science Search",
        "thomas.brunner@hlss.example.ch", THOMAS,
        "Unser Telefontermin heute um 10 Uhr", "2026-04-22 10:35 +0200",
        """Liebe Frau Quiroga Salas

Wie vereinbart habe ich Sie heute um 10:00 Uhr für unser Vorgespräch angerufen, leider
zweimal ohne Erfolg. Ich hoffe, es ist alles in Ordnung.

Melden Sie sich gerne, wenn Sie einen neuen Termin vereinbaren möchten.

Herzliche Grüsse
Thomas Brunner
Helvetic Life Science Search
"""),
    # ================================================================ missed fr
    msg("medocc_attendue", "missed_interview_notice", "fr", "MedOcc",
        "laure.bessiere@medocc.example.fr", LAURE,
        "Notre entretien téléphonique de ce matin", "2026-05-26 11:05 +0200",
        """Bonjour Madame Quiroga Salas,

Je vous ai appelée ce matin à 10h30 comme convenu, puis à nouveau à 10h45, sans parvenir à
vous joindre.

N'hésitez pas à me recontacter si vous souhaitez reprogrammer cet échange.

Cordialement,
Laure Bessière
Chargée de recrutement – MedOcc
""", name_enc=("utf-8", "Q")),
    msg("capitole_pas_connectee", "missed_interview_notice", "fr", "Laboratoires Lauragais",
        "sophie.roux@capitole-talents.example.fr", SOPHIE,
        "Entretien Laboratoires Lauragais – vous ne vous êtes pas connectée",
        "2026-05-14 11:25 +0200",
        """Bonjour Marina,

La pharmacienne responsable des Laboratoires Lauragais vous a attendue dans la visio de
11h00 pendant vingt minutes, mais vous ne vous êtes pas connectée. J'ai essayé de vous
joindre sur votre portable.

Pouvez-vous me rappeler rapidement ? Je vais essayer de leur demander un autre créneau.

Sophie Roux
Capitole Talents
""", subj_enc=("windows-1252", "Q")),
]
