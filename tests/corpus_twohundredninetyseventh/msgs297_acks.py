"""Corpus 297: acknowledgements of applications (ATS and human) and the zoo's seasonal offer."""

from __future__ import annotations

from msgs297_common import html_shell

MESSAGES: list[dict[str, object]] = []
add = MESSAGES.append

add({
    "n": "redvet_ack", "k": "application_received", "lang": "es", "co": "Red Veterinaria Mediterránea",
    "ct": "", "frm": "Red Veterinaria Mediterránea <noreply@successfactors.eu>",
    "subj": "Hemos recibido su solicitud – ref. 5120", "date": "2026-05-20 07:02 +0000",
    "text": """Estimado Joaquín:

Gracias por su interés en Red Veterinaria Mediterránea. Confirmamos la recepción de su solicitud para el puesto Delegado/a Técnico/a de Farmacia Veterinaria (ref. 5120).

Nuestro equipo de Selección revisará su candidatura. Debido al elevado número de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas.

Atentamente,
Dirección de Personas
""",
})
add({
    "n": "zoomar_ack", "k": "application_received", "lang": "es", "co": "ZooMar Barcelona", "ct": "",
    "frm": "ZooMar Barcelona <zoomar@talent.icims.com>",
    "subj": "ZooMar Barcelona: solicitud recibida (Auxiliar de clínica – temporada)",
    "date": "2026-04-03 09:15 +0000",
    "html": html_shell([
        "Hola Joaquín,",
        "¡Gracias por querer formar parte de ZooMar Barcelona esta temporada!",
        "Hemos recibido tu solicitud para Auxiliar de clínica – temporada de verano 2026. El "
        "equipo veterinario la revisará y, si tu perfil encaja, te contactaremos para una "
        "jornada de prueba.",
        "Equipo de Personas – ZooMar Barcelona",
    ], brand="ZooMar Barcelona", color="#00788a",
        footer="Mensaje automático enviado con iCIMS. No respondas a este correo."),
})
add({
    "n": "turia_ack", "k": "application_received", "lang": "es", "co": "Laboratorios Turia Vet", "ct": "",
    "frm": "Laboratorios Turia Vet <turiavet@taleo.net>",
    "subj": "Laboratorios Turia Vet - Confirmación de recepción (Req. 2600091)",
    "date": "2026-03-04 11:23 +0000",
    "text": """Estimado(a) Joaquín Ferreyra:

Le agradecemos su interés en Laboratorios Turia Vet. Hemos recibido su solicitud para el puesto Asesor(a) Técnico(a) de Producto - Animales de Compañía (Req. 2600091).

Si su perfil coincide con los requisitos del puesto, un miembro de nuestro equipo se comunicará con usted.

Atentamente,
Equipo de Adquisición de Talento

Por favor, no responda a este mensaje.
""",
})
add({
    "n": "vetpharma_ack", "k": "application_received", "lang": "es", "co": "Vetpharma Levante", "ct": "",
    "frm": "Vetpharma Levante <no-reply@ashbyhq.com>",
    "subj": "¡Gracias por tu candidatura, Joaquín!", "date": "2026-04-20 14:48 +0000",
    "subj_enc": ("iso-8859-1", "Q"),
    "text": """Hola Joaquín,

Gracias por aplicar al puesto de Key Account – Clínicas Veterinarias en Vetpharma Levante. Tu candidatura nos ha llegado correctamente.

Revisamos todas las candidaturas a mano, así que danos un par de semanas. Te escribiremos en cuanto tengamos novedades.

Equipo de Vetpharma Levante
""",
})
add({
    "n": "mascotia_ack", "k": "application_received", "lang": "es", "co": "Mascotia", "ct": "",
    "frm": "Mascotia <noreply@workablemail.com>",
    "subj": "Hemos recibido tu solicitud para Customer Success Veterinario",
    "date": "2026-03-10 18:30 +0000",
    "html": html_shell([
        "¡Hola Joaquín!",
        "Gracias por tu interés en Mascotia. Hemos recibido tu solicitud para Customer Success "
        "Veterinario y la vamos a revisar con cariño 🐾.",
        "Si encajas con lo que buscamos, Irene, de nuestro equipo de talento, se pondrá en "
        "contacto contigo para una primera llamada.",
        "El equipo de Mascotia",
    ], brand="mascotia", color="#ff7a59", footer="Powered by Workable"),
})
add({
    "n": "huerva_ack", "k": "application_received", "lang": "es", "co": "Piensos Huerva", "ct": "",
    "frm": "Piensos Huerva <notifications@bamboohr.com>",
    "subj": "Solicitud recibida: Técnico de Nutrición Animal", "date": "2026-06-22 10:11 +0000",
    "text": """Hola Joaquín,

Gracias por tu interés en el puesto de Técnico de Nutrición Animal. Hemos recibido tu solicitud y la revisaremos en breve.

Atentamente,
Piensos Huerva
""",
})
add({
    "n": "moncayo_ack", "k": "application_received", "lang": "es", "co": "Cooperativa Ganadera del Moncayo",
    "ct": "f.royo@cgmoncayo.example.es", "frm": "Fernando Royo <f.royo@cgmoncayo.example.es>",
    "subj": "Re: Candidatura técnico sanidad animal", "date": "2026-02-26 13:02 +0100",
    "cs": "iso-8859-1", "cte": "8bit",
    "text": """Buenas tardes:

Acusamos recibo de su currículum para la plaza de técnico de sanidad animal. Hemos recibido más de cuarenta solicitudes, por lo que no podremos responder a cada candidato de forma individual; contactaremos solo con las personas seleccionadas para entrevista.

Gracias por su interés en la cooperativa.

Fernando Royo Gil
Gerente · Cooperativa Ganadera del Moncayo
""",
})
add({
    "n": "petnourish_ack", "k": "application_received", "lang": "en", "co": "PetNourish", "ct": "",
    "frm": "PetNourish Careers <noreply@workablemail.com>",
    "subj": "Thanks for applying to PetNourish", "date": "2026-02-10 12:05 +0000",
    "text": """Hi Joaquín,

Thanks for applying for the Technical Nutrition Advisor role at PetNourish. This is a quick note to confirm we've got your application.

Our hiring team reviews every application and we'll get back to you as soon as we can.

Best wishes,
The PetNourish Hiring Team
""",
})
add({
    "n": "albion_ack", "k": "application_received", "lang": "en", "co": "Albion Vet Labs", "ct": "",
    "frm": "Albion Vet Labs <albionvetlabs@talent.icims.com>",
    "subj": "Application received – Customer Support Specialist (Req #4410)",
    "date": "2026-07-20 08:33 +0100",
    "html": html_shell([
        "Dear Joaquín Ferreyra,",
        "Thank you for applying for the Customer Support Specialist position (Req #4410) at "
        "Albion Vet Labs. We confirm that your application has been successfully submitted.",
        "Our recruitment team will carefully review your qualifications. Should your profile "
        "match our requirements, we will contact you to discuss next steps.",
        "Sincerely,\nAlbion Vet Labs Talent Acquisition",
    ], brand="Albion Vet Labs", color="#4a4e69", footer="This is an automated message."),
})
add({
    "n": "suedstern_ack", "k": "application_received", "lang": "de", "co": "Tierklinik-Gruppe Südstern",
    "ct": "", "frm": "Tierklinik-Gruppe Südstern <noreply@softgarden.io>",
    "subj": "Ihre Bewerbung ist bei uns eingegangen", "date": "2026-06-03 16:40 +0200",
    "text": """Sehr geehrter Herr Ferreyra,

vielen Dank für Ihre Bewerbung als Praxismanager (m/w/d) in unserer Tierklinik München-Pasing. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden.

Mit freundlichen Grüßen
Personalabteilung Tierklinik-Gruppe Südstern
""",
})
add({
    "n": "vetlab_ack", "k": "application_received", "lang": "de", "co": "VetLab Bayern", "ct": "",
    "frm": "VetLab Bayern Karriere <noreply@successfactors.eu>",
    "subj": "Bestätigung Ihrer Bewerbung (Job-ID 10233)", "date": "2026-07-03 10:21 +0200",
    "subj_enc": ("iso-8859-1", "Q"),
    "text": """Sehr geehrter Herr Ferreyra,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Kundenberater Labordiagnostik (Job-ID 10233).

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Mit freundlichen Grüßen
Ihr HR-Team VetLab Bayern

Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
""",
})
add({
    "n": "alpenland_ack", "k": "application_received", "lang": "de",
    "co": "Tierarztpraxis-Verbund Alpenland", "ct": "",
    "frm": "Tierarztpraxis-Verbund Alpenland <bewerbung-alpenland@personio.de>",
    "subj": "Danke für Ihre Bewerbung als Praxiskoordinator (m/w/d)", "date": "2026-06-05 09:00 +0200",
    "text": """Hallo Joaquín Ferreyra,

danke für Ihre Bewerbung als Praxiskoordinator (m/w/d) beim Tierarztpraxis-Verbund Alpenland. Wir haben Ihre Unterlagen erhalten und melden uns nach Prüfung zeitnah bei Ihnen.

Beste Grüße
Ihr Team vom Tierarztpraxis-Verbund Alpenland
""",
    "html": html_shell([
        "Hallo Joaquín Ferreyra,",
        "danke für Ihre Bewerbung als Praxiskoordinator (m/w/d) beim Tierarztpraxis-Verbund "
        "Alpenland. Wir haben Ihre Unterlagen erhalten und melden uns nach Prüfung zeitnah bei "
        "Ihnen.",
        "Beste Grüße\nIhr Team vom Tierarztpraxis-Verbund Alpenland",
    ], brand="Alpenland Tierärzte", color="#355e3b", footer="Versendet über Personio"),
})
add({
    "n": "biogironde_ack", "k": "application_received", "lang": "fr", "co": "Biogironde Diagnostics",
    "ct": "", "frm": "Biogironde Diagnostics <biogironde@smartrecruiters.com>",
    "subj": "Nous avons bien reçu votre candidature", "date": "2026-04-14 13:50 +0000",
    "text": """Bonjour Joaquín,

Merci de l'intérêt que vous portez à Biogironde Diagnostics. Votre candidature au poste de Spécialiste support client – diagnostic vétérinaire a bien été enregistrée.

Notre équipe Talents l'étudiera dans les prochains jours. Nous recevons de nombreuses candidatures et ne pouvons malheureusement pas répondre personnellement à chacune d'entre elles ; sans nouvelles de notre part d'ici quatre semaines, considérez que nous ne pourrons pas donner suite.

L'équipe Talents – Biogironde Diagnostics
""",
})

# ---------------- the zoo's seasonal offer ----------------
add({
    "n": "zoomar_offer", "k": "offer", "lang": "es", "co": "ZooMar Barcelona",
    "ct": "carles.vidal@zoomar.example.es", "frm": "Carles Vidal <carles.vidal@zoomar.example.es>",
    "rt": "Carles Vidal <carles.vidal@zoomar.example.es>",
    "subj": "Oferta: auxiliar de clínica de fauna, temporada 2026", "date": "2026-05-13 19:05 +0200",
    "text": """Hola Joaquín,

El sábado lo hiciste genial, y el equipo está encantado. Nos gustaría ofrecerte la plaza de auxiliar de clínica de fauna para la temporada: contrato de obra y servicio del 1 de junio al 30 de septiembre, jornada completa con turnos rotativos de fin de semana, 1.580 € brutos al mes.

Te adjunto la propuesta con las condiciones. Si te encaja, Recursos Humanos te mandará el contrato para firmar. Dime algo antes del lunes 18, por favor.

Un abrazo,
Carles Vidal
Veterinario · Clínica de Fauna · ZooMar Barcelona
""",
    "pdf": [("Propuesta_temporada_ZooMar.pdf", [
        "ZooMar Barcelona - Propuesta de contratacion", "Candidato: Joaquin Ferreyra",
        "Puesto: Auxiliar de clinica de fauna (temporada)", "Periodo: 01/06/2026 - 30/09/2026",
        "Salario: 1.580 EUR brutos/mes"])],
})
