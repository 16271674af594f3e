"""Threads that run through several kinds: acknowledgement, invitation, moved slot, thank-you,
then a no or an offer. Replies quote their parent (the builder adds the quote)."""

from __future__ import annotations

from msgs337_common import (
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    ME,
    ME_NAME,
    SIGN_DE,
    SIGN_EN,
    SIGN_ES,
    SIGN_FR,
)

ITZIAR = ("Itziar Goikoetxea", "itziar.goikoetxea@kresala.example.es")
MAITE = ("Maite Arregi Zubeldia", "maite.arregi@kresala.example.es")
SOPHIE = ("Sophie Grant", "sophie.grant@lumea.example.co.uk")
KATRIN = ("Katrin Vogel", "katrin.vogel@lumea.example.de")
CAMILLE = ("Camille Dufour", "camille.dufour@lumea.example.fr")
BEATRIZ = ("Beatriz Lozano Ferrer", "beatriz.lozano@urdaneta.example.es")
JONAS = ("Jonas Albrecht", "jonas.albrecht@brenner-mode.example.de")
ELODIE = ("Élodie Marchand", "elodie.marchand@atlantis-centres.example.fr")
TOM = ("Tom Whitfield", "tom.whitfield@northgate.example.co.uk")
NEREA = ("Nerea Zabala", "nerea.zabala@laneko.example.es")
ROSS = ("Harriet Ross", "harriet.ross@marlowfinch.example.com")
ME_PAIR = (ME_NAME, ME)

SIG_ITZIAR = ("Itziar Goikoetxea\nTalent Acquisition · Kresala\nPaseo de Colón 14, "
              "20002 Donostia\nT. +34 943 00 41 77\n")
SIG_MAITE = ("Maite Arregi Zubeldia\nResponsable de Personas y Cultura\nKresala Moda\n"
             "Paseo de Colón 14 · 20002 Donostia / San Sebastián\nT. +34 943 00 41 70\n")
SIG_SOPHIE = ("Sophie Grant\nRetail Talent Partner | Lumea Beauty\n41 Marylebone Lane, "
              "London W1U 2NS\n+44 20 7946 0318\n")
SIG_KATRIN = ("Katrin Vogel\nHR Business Partnerin | Lumea Beauty Deutschland\n"
              "Sendlinger Straße 22 · 80331 München\nTel. +49 89 2180 4411\n")
SIG_CAMILLE = ("Camille Dufour\nChargée de recrutement retail – Lumea Beauty France\n"
               "12 cours de l'Intendance, 33000 Bordeaux\nTél. +33 5 56 00 21 48\n")
SIG_BEATRIZ = ("Beatriz Lozano Ferrer\nSelección y Desarrollo\nGalerías Urdaneta\n"
               "C/ Goya 88, 28009 Madrid · Tel. 91 000 37 12\n")
SIG_JONAS = ("Jonas Albrecht\nRecruiting & Employer Branding\nModehaus Brenner\n"
             "Kaufingerstraße 9, 80331 München\nTelefon +49 89 5510 233\n")
SIG_ELODIE = ("Élodie Marchand\nResponsable RH – Atlantis Centres\n"
              "Parc d'activités de Mérignac, 33700 Mérignac\n05 57 00 18 92\n")
SIG_TOM = ("Tom Whitfield\nHead of Centre Operations Recruitment\nNorthgate Retail Estates\n"
           "1 Canal Walk, London N1 7AB | 020 7946 0995\n")
SIG_NEREA = ("Nerea Zabala\nConsultora de selección · Laneko ETT\nC/ Urbieta 31, 20006 "
             "Donostia\n943 000 512 · 622 00 41 90\n")
SIG_ROSS = ("Harriet Ross\nPartner, Retail & Consumer Practice\nMarlow & Finch Retail Search\n"
            "18 Cheapside, London EC2V 6AA · +44 20 7946 0702\n")

KRESALA_ICS = {"method": "REQUEST", "uid": "kresala-vm-2026-ainhoa@kresala.example.es",
               "organizer": ITZIAR, "tz": "Europe/Madrid",
               "summary": "Entrevista Visual Merchandiser – Ainhoa Urrutia",
               "location": "Kresala, Paseo de Colón 14, Donostia"}

SPECS: list[dict] = [
    # ---- Thread A: Kresala (fashion chain, Donostia) -> offer -----------------------------
    {
        "id": "kresala-ack", "slug": "kresala_workday_ack", "kind": "application_received",
        "lang": "es", "company": "Kresala", "contact": "",
        "from": ("Kresala Careers", "kresala@myworkday.com"),
        "subject": "Hemos recibido tu candidatura – Visual Merchandiser (Donostia)",
        "date": "2026-01-12 09:14 +0100",
        "text": (
            "Hola Ainhoa:\n\n"
            "Gracias por tu interés en Kresala. Hemos recibido correctamente tu candidatura "
            "para el puesto\nVisual Merchandiser – Tienda Boulevard (Donostia), referencia "
            "R-20417.\n\n"
            "Nuestro equipo de Talento revisará tu perfil en las próximas semanas. Puedes "
            "consultar el\nestado de tu candidatura en cualquier momento desde tu perfil de "
            "candidato en Workday.\n\n"
            "Este es un mensaje automático; por favor, no respondas a este correo.\n\n"
            "El equipo de Talento de Kresala\n"),
        "html": "auto", "brand": "KRESALA", "colour": "#0d3b4f",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "id": "kresala-invite", "slug": "kresala_entrevista", "kind": "interview_invitation",
        "lang": "es", "company": "Kresala", "contact": ITZIAR[1],
        "from": ITZIAR, "subject": "Entrevista – Visual Merchandiser Donostia (Kresala)",
        "date": "2026-01-19 12:40 +0100",
        "text": (
            "Hola Ainhoa,\n\n"
            "Soy Itziar, del equipo de Talento de Kresala. Hemos revisado tu candidatura para "
            "Visual\nMerchandiser en la tienda del Boulevard y nos gustaría conocerte.\n\n"
            "Te propongo una entrevista presencial el martes 27 de enero a las 10:00 en nuestras "
            "oficinas\n(Paseo de Colón 14, 2.ª planta). Durará unos 45 minutos; estará también "
            "Jon, responsable\nde visual de zona norte. Si puedes, trae fotos de algún escaparate "
            "o montaje que hayas hecho\nen la peluquería.\n\n"
            "Te adjunto la convocatoria en el calendario. ¿Me confirmas si te va bien?\n\n"
            "Un abrazo,\n" + SIG_ITZIAR),
        "html": "auto",
        "ics": {**KRESALA_ICS, "seq": 0, "start": "20260127T100000", "end": "20260127T104500"},
    },
    {
        "id": "kresala-move", "slug": "kresala_cambio_hora",
        "kind": "interview_reschedule_or_cancel",
        "lang": "es", "company": "Kresala", "contact": ITZIAR[1],
        "from": ITZIAR, "subject": "RE: Entrevista – Visual Merchandiser Donostia (Kresala)",
        "date": "2026-01-22 17:05 +0100", "parent": "kresala-invite", "quote": "es",
        "text": (
            "Hola de nuevo, Ainhoa:\n\n"
            "Perdona el cambio: a Jon le han convocado a una reunión en Bilbao el martes por la "
            "mañana,\nasí que tenemos que mover la entrevista. ¿Te vendría bien el jueves 29 de "
            "enero a las\n16:30, en el mismo sitio? Te mando la convocatoria actualizada.\n\n"
            "Gracias por la flexibilidad,\nItziar\n"),
        "ics": {**KRESALA_ICS, "seq": 1, "start": "20260129T163000", "end": "20260129T171500"},
    },
    {
        "id": "kresala-ok", "slug": "kresala_confirmo", "kind": "other", "lang": "es",
        "company": "", "contact": "", "from": ME_PAIR, "to": ITZIAR,
        "subject": "RE: Entrevista – Visual Merchandiser Donostia (Kresala)",
        "date": "2026-01-22 19:31 +0100", "parent": "kresala-move", "quote": "es",
        "text": ("Hola Itziar:\n\nSin problema, el jueves 29 a las 16:30 me viene perfecto. "
                 "Llevaré el portfolio\ncon fotos de los escaparates.\n\n" + SIGN_ES),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "kresala-thanks", "slug": "kresala_gracias", "kind": "other", "lang": "es",
        "company": "", "contact": "", "from": ME_PAIR, "to": ITZIAR,
        "subject": "Gracias por la entrevista de ayer",
        "date": "2026-01-30 10:02 +0100", "parent": "kresala-ok", "quote": "es",
        "text": ("Hola Itziar:\n\nQuería darte las gracias a ti y a Jon por el tiempo de ayer. "
                 "Me gustó mucho\nconocer cómo trabajáis las campañas y me encantaría formar "
                 "parte del equipo.\n\nQuedo a vuestra disposición para lo que necesitéis.\n\n"
                 + SIGN_ES),
    },
    {
        "id": "kresala-trial", "slug": "kresala_jornada_prueba", "kind": "interview_invitation",
        "lang": "es", "company": "Kresala", "contact": ITZIAR[1],
        "from": ITZIAR, "subject": "RE: Gracias por la entrevista de ayer",
        "date": "2026-02-03 11:18 +0100", "parent": "kresala-thanks", "quote": "es",
        "text": (
            "¡Hola Ainhoa!\n\n"
            "Gracias a ti. Jon salió encantado. Como siguiente paso nos gustaría invitarte a una "
            "jornada\nde prueba en la tienda del Boulevard: el lunes 9 de febrero de 9:30 a "
            "13:30, montando\nel cambio de escaparate de la campaña de primavera con Ane, la "
            "encargada.\n\nVen con ropa cómoda; la jornada está remunerada. ¿Te encaja?\n\n"
            "Un abrazo,\nItziar\n"),
    },
    {
        "id": "kresala-offer", "slug": "kresala_oferta_verbal", "kind": "offer", "lang": "es",
        "company": "Kresala", "contact": ITZIAR[1],
        "from": ITZIAR, "subject": "RE: Gracias por la entrevista de ayer",
        "date": "2026-02-12 13:47 +0100", "parent": "kresala-trial", "quote": "es",
        "text": (
            "Hola Ainhoa:\n\n"
            "Como te he adelantado por teléfono, ¡queremos contar contigo! Te ofrecemos el "
            "puesto de\nVisual Merchandiser en la tienda del Boulevard: contrato de 6 meses con "
            "posibilidad de\nconversión a indefinido, jornada completa, 23.800 € brutos anuales "
            "más el bonus de campaña.\nIncorporación prevista el 2 de marzo.\n\n"
            "En unos días Maite, de Personas, te enviará la carta de oferta con todos los "
            "detalles.\n\nEnhorabuena,\nItziar\n"),
    },
    {
        "id": "kresala-letter", "slug": "kresala_carta_oferta", "kind": "offer", "lang": "es",
        "company": "Kresala", "contact": MAITE[1], "from": MAITE, "cc": [ITZIAR],
        "from_enc": "Q:windows-1252",
        "subject": "Carta de oferta – Visual Merchandiser – Ainhoa Urrutia",
        "date": "2026-02-16 09:55 +0100", "charset": "windows-1252", "cte": "quoted-printable",
        "text": (
            "Estimada Ainhoa:\n\n"
            "Tal y como te ha comentado Itziar, nos complace hacerte llegar la carta de oferta "
            "para el\npuesto de Visual Merchandiser en Kresala (tienda Boulevard, Donostia).\n\n"
            "Resumen de las condiciones:\n"
            "  – Contrato temporal de 6 meses, jornada completa (40 h semanales)\n"
            "  – Salario: 23.800 € brutos anuales en 14 pagas\n"
            "  – Bonus de campaña y 30 % de descuento de empleada\n"
            "  – Fecha de incorporación: 2 de marzo de 2026\n\n"
            "Te agradeceríamos que nos devolvieras la carta firmada antes del 20 de febrero.\n\n"
            "Un cordial saludo,\n\n" + SIG_MAITE + "\n" + DISCLAIMER_ES),
        "pdfs": [("Carta_oferta_Kresala_AUrrutia.pdf", [
            "Kresala Moda - Carta de oferta", "", "Donostia, 16 de febrero de 2026", "",
            "Estimada Ainhoa Urrutia Belaustegi:",
            "Nos complace ofrecerle el puesto de Visual Merchandiser.",
            "Salario bruto anual: 23.800 EUR en 14 pagas.",
            "Incorporacion: 2 de marzo de 2026.", "", "Maite Arregi Zubeldia"])],
    },
    {
        "id": "kresala-contract", "slug": "kresala_contrato_firma", "kind": "offer",
        "lang": "es", "company": "Kresala", "contact": MAITE[1], "from": MAITE,
        "subject": "Contrato para firma – incorporación 2 de marzo",
        "date": "2026-02-24 16:20 +0100", "parent": "kresala-letter", "quote": "es2",
        "text": (
            "Hola Ainhoa:\n\n"
            "Gracias por devolvernos la carta firmada. Te adjunto ya el contrato de trabajo "
            "para que lo\nrevises y lo firmes; puedes hacerlo en papel o con tu certificado "
            "digital. Cuando lo tengas,\nrespóndeme a este correo con el PDF firmado.\n\n"
            "El lunes 2 te esperamos a las 9:00 en las oficinas para la bienvenida.\n\n"
            "Saludos,\nMaite\n"),
        "pdfs": [("Contrato_Kresala_Urrutia.pdf", [
            "CONTRATO DE TRABAJO DE DURACION DETERMINADA", "",
            "Empresa: Kresala Moda", "Trabajadora: Ainhoa Urrutia Belaustegi",
            "Puesto: Visual Merchandiser", "Duracion: 6 meses desde el 2 de marzo de 2026",
            "", "Firma de la trabajadora: ______________________"])],
    },
    # ---- Thread B: Lumea Beauty London (cosmetics retailer) -> offer ------------------------
    {
        "id": "lumea-ack", "slug": "lumea_greenhouse_ack", "kind": "application_received",
        "lang": "en", "company": "Lumea Beauty", "contact": "",
        "from": ("Lumea Beauty", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Lumea Beauty",
        "date": "2026-06-02 08:41 +0000",
        "html": (
            "<!DOCTYPE html>\n<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n"
            "<p>Hi Ainhoa,</p>\n"
            "<p>Thanks for applying for the <strong>Store Manager – Covent Garden</strong> role "
            "at Lumea Beauty. We've received your application and our retail talent team will "
            "review it carefully.</p>\n"
            "<p>Because we receive a high volume of applications, we may not be able to reply "
            "to every applicant individually, but we'll be in touch if your experience is a "
            "match for the role.</p>\n<p>Best wishes,<br>The Lumea Beauty Talent Team</p>\n"
            "<p style=\"font-size:11px;color:#999\">Powered by Greenhouse</p>\n</body></html>\n"),
    },
    {
        "id": "lumea-invite", "slug": "lumea_interview_invite", "kind": "interview_invitation",
        "lang": "en", "company": "Lumea Beauty", "contact": SOPHIE[1],
        "from": ("Sophie Grant via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": SOPHIE,
        "subject": "Interview invitation: Store Manager – Covent Garden",
        "date": "2026-06-10 14:12 +0100",
        "text": (
            "Hi Ainhoa,\n\n"
            "Thank you for your interest in Lumea Beauty. I'd love to invite you to a first "
            "interview\nfor the Store Manager role at our Covent Garden flagship.\n\n"
            "When: Wednesday 17 June, 11:00-11:45 (UK time)\n"
            "Where: Microsoft Teams (link in the calendar invite)\n"
            "With: Sophie Grant (Talent) and Priya Nair (Area Manager, London)\n\n"
            "Please accept the invite to confirm, or reply to this email if the time doesn't "
            "work.\n\nBest,\nSophie\n\n" + SIG_SOPHIE),
        "html": "auto",
        "ics": {"method": "REQUEST", "uid": "gh-88213-ainhoa@lumea.example.co.uk", "seq": 0,
                "tz": "Europe/London", "start": "20260617T110000", "end": "20260617T114500",
                "summary": "Lumea Beauty - Store Manager interview", "location": "Microsoft Teams",
                "organizer": SOPHIE},
    },
    {
        "id": "lumea-move", "slug": "lumea_interview_moved",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en", "company": "Lumea Beauty", "contact": SOPHIE[1], "from": SOPHIE,
        "subject": "Re: Interview invitation: Store Manager – Covent Garden",
        "date": "2026-06-15 09:26 +0100", "parent": "lumea-invite", "quote": "en",
        "text": (
            "Hi Ainhoa,\n\n"
            "Apologies for the late change - Priya has been pulled into a store opening on "
            "Wednesday.\nCould we push our conversation to Friday 19 June at 14:00 UK time "
            "instead? I've sent an\nupdated invite; the Teams link stays the same.\n\n"
            "Thanks for bearing with us,\nSophie\n"),
        "ics": {"method": "REQUEST", "uid": "gh-88213-ainhoa@lumea.example.co.uk", "seq": 1,
                "tz": "Europe/London", "start": "20260619T140000", "end": "20260619T144500",
                "summary": "Lumea Beauty - Store Manager interview (moved)",
                "location": "Microsoft Teams", "organizer": SOPHIE},
    },
    {
        "id": "lumea-thanks", "slug": "lumea_thank_you_note", "kind": "other", "lang": "en",
        "company": "", "contact": "", "from": ME_PAIR, "to": SOPHIE,
        "subject": "Thank you - Store Manager interview",
        "date": "2026-06-19 18:44 +0200", "parent": "lumea-move", "quote": "en",
        "text": ("Dear Sophie,\n\nThank you and Priya for this afternoon. I really enjoyed "
                 "hearing about the\nCovent Garden team and the plans for the new beauty bar. "
                 "I'm very motivated by the role\nand happy to share anything else you need.\n\n"
                 + SIGN_EN),
    },
    {
        "id": "lumea-offer", "slug": "lumea_offer_letter", "kind": "offer", "lang": "en",
        "company": "Lumea Beauty", "contact": SOPHIE[1], "from": SOPHIE,
        "subject": "Your offer from Lumea Beauty",
        "date": "2026-07-01 16:03 +0100", "parent": "lumea-thanks", "quote": "en",
        "text": (
            "Dear Ainhoa,\n\n"
            "I'm delighted to let you know that we'd like to offer you the position of Store "
            "Manager,\nCovent Garden. Please find your offer letter attached, including salary "
            "(GBP 36,500 per\nannum), bonus scheme and relocation support.\n\n"
            "Could you let me know by Wednesday 8 July whether you'd like to accept? Happy to "
            "jump on a\ncall if you have any questions.\n\nWarm regards,\n" + SIG_SOPHIE
            + "\n" + DISCLAIMER_EN),
        "pdfs": [("Lumea_Offer_Letter_A_Urrutia.pdf", [
            "Lumea Beauty - Offer of Employment", "", "1 July 2026", "",
            "Dear Ainhoa Urrutia Belaustegi,",
            "We are pleased to offer you the role of Store Manager, Covent Garden.",
            "Base salary: GBP 36,500 per annum. Relocation support: GBP 3,000.",
            "Start date: to be agreed.", "", "Sophie Grant, Retail Talent Partner"])],
    },
    {
        "id": "lumea-revised", "slug": "lumea_revised_offer", "kind": "offer", "lang": "en",
        "company": "Lumea Beauty", "contact": "daniel.okafor@lumea.example.co.uk",
        "from": ("Daniel Okafor", "daniel.okafor@lumea.example.co.uk"), "cc": [SOPHIE],
        "subject": "Re: Your offer from Lumea Beauty - revised terms",
        "date": "2026-07-07 11:30 +0100", "parent": "lumea-offer", "quote": "outlook-en",
        "text": (
            "Hi Ainhoa,\n\n"
            "Sophie passed on your questions about relocation. We've reviewed the package and "
            "are pleased\nto revise our offer: base salary GBP 38,000, relocation support of "
            "GBP 4,500 and two weeks\nin temporary accommodation. Everything else in the letter "
            "stays the same.\n\n"
            "I hope this helps - we'd really love to have you on board.\n\n"
            "Daniel Okafor\nHead of Retail Operations UK, Lumea Beauty\n"),
    },
    # ---- Thread C: Lumea Beauty München --------------------------------------------------
    {
        "id": "lumea-de-invite", "slug": "lumea_muenchen_einladung", "kind": "interview_invitation",
        "lang": "de", "company": "Lumea Beauty", "contact": KATRIN[1],
        "from": ("Lumea Beauty Deutschland", "noreply@personio.de"), "reply_to": KATRIN,
        "subject": "Einladung zum Videointerview – Stellvertretende Filialleitung München",
        "subject_enc": "Q:utf-8",
        "date": "2026-07-06 10:15 +0200",
        "text": (
            "Hallo Frau Urrutia,\n\n"
            "vielen Dank für Ihre Bewerbung als Stellvertretende Filialleitung (m/w/d) in "
            "unserem Store\nin der Sendlinger Straße. Wir möchten Sie gern näher kennenlernen "
            "und laden Sie zu einem\nVideointerview ein:\n\n"
            "Dienstag, 14. Juli 2026, 10:00 Uhr (MESZ), Microsoft Teams\n\n"
            "Bitte bestätigen Sie den Termin über den Link in Ihrem Bewerberportal oder "
            "antworten Sie\ndirekt an Katrin Vogel.\n\n"
            "Freundliche Grüße\nIhr Recruiting-Team von Lumea Beauty\n"),
        "html": "auto", "brand": "LUMEA BEAUTY", "colour": "#7a3e65",
    },
    {
        "id": "lumea-de-missed", "slug": "lumea_muenchen_nicht_erschienen",
        "kind": "missed_interview_notice", "lang": "de", "company": "Lumea Beauty",
        "contact": KATRIN[1], "from": KATRIN,
        "subject": "Unser Termin heute um 10:00 Uhr",
        "date": "2026-07-14 10:38 +0200",
        "text": (
            "Hallo Frau Urrutia,\n\n"
            "wir hatten Sie heute um 10:00 Uhr zu unserem Videointerview erwartet und haben bis "
            "etwa 10:20\nim Teams-Raum gewartet. Leider konnten wir Sie auch telefonisch nicht "
            "erreichen.\n\n"
            "Falls etwas dazwischengekommen ist, melden Sie sich gern bis Freitag bei mir, dann "
            "schauen\nwir nach einem neuen Termin.\n\n"
            "Beste Grüße\n" + SIG_KATRIN),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "lumea-de-sorry", "slug": "lumea_muenchen_entschuldigung", "kind": "other",
        "lang": "de", "company": "", "contact": "", "from": ME_PAIR, "to": KATRIN,
        "subject": "AW: Unser Termin heute um 10:00 Uhr",
        "date": "2026-07-14 12:05 +0200", "parent": "lumea-de-missed", "quote": "de",
        "text": (
            "Liebe Frau Vogel,\n\n"
            "es tut mir sehr leid! Ich hatte den Termin in meinem Kalender versehentlich auf "
            "11:00 Uhr\nspanischer Zeit eingetragen – mein Fehler. Ich wäre Ihnen sehr dankbar "
            "für einen neuen\nTermin; ich bin diese Woche jederzeit flexibel.\n\n" + SIGN_DE),
    },
    {
        "id": "lumea-de-offer", "slug": "lumea_muenchen_angebot", "kind": "offer", "lang": "de",
        "company": "Lumea Beauty", "contact": KATRIN[1], "from": KATRIN,
        "subject": "AW: Unser Termin heute um 10:00 Uhr – Ihr Angebot",
        "date": "2026-07-28 15:50 +0200", "parent": "lumea-de-sorry", "quote": "de",
        "text": (
            "Liebe Frau Urrutia,\n\n"
            "nach den beiden Gesprächen mit Herrn Kerner und mir freue ich mich sehr, Ihnen die "
            "Stelle\nals Stellvertretende Filialleitung in München anbieten zu können: "
            "unbefristet, Vollzeit,\nJahresbruttogehalt 44.000 €, Start zum 1. Oktober 2026.\n\n"
            "Wenn Sie zusagen, schicke ich Ihnen den Arbeitsvertrag zur Unterschrift.\n\n"
            "Herzliche Grüße\n" + SIG_KATRIN + "\n" + DISCLAIMER_DE),
    },
    {
        "id": "lumea-de-contract", "slug": "lumea_muenchen_vertrag", "kind": "offer",
        "lang": "de", "company": "Lumea Beauty", "contact": KATRIN[1], "from": KATRIN,
        "subject": "Ihr Arbeitsvertrag zur Unterschrift", "subject_enc": "B:iso-8859-1",
        "date": "2026-08-04 09:12 +0200",
        "text": (
            "Liebe Frau Urrutia,\n\n"
            "wie telefonisch besprochen erhalten Sie anbei Ihren Arbeitsvertrag in zweifacher "
            "Ausführung.\nWenn Sie einverstanden sind, unterschreiben Sie bitte beide Exemplare "
            "und senden Sie uns\neines per Post oder eingescannt zurück.\n\nWir würden uns "
            "sehr freuen!\n\n" + SIG_KATRIN),
        "charset": "iso-8859-1", "cte": "base64",
        "pdfs": [("Arbeitsvertrag_Urrutia.pdf", [
            "Arbeitsvertrag", "zwischen Lumea Beauty Deutschland und",
            "Frau Ainhoa Urrutia Belaustegi", "Position: Stellvertretende Filialleitung",
            "Beginn: 01.10.2026", "Unterschrift: ______________________"])],
    },
    # ---- Thread D: Lumea Beauty Bordeaux ---------------------------------------------------
    {
        "id": "lumea-fr-ack", "slug": "lumea_bordeaux_accuse", "kind": "application_received",
        "lang": "fr", "company": "Lumea Beauty", "contact": "",
        "from": ("Lumea Beauty France", "no-reply@teamtailor-mail.com"),
        "subject": "Nous avons bien reçu votre candidature", "subject_enc": "Q:iso-8859-1",
        "date": "2026-08-18 11:02 +0200",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Merci pour votre candidature au poste de Responsable Adjointe de Boutique – "
            "Bordeaux\nSainte-Catherine. Elle a bien été transmise à notre équipe recrutement, "
            "qui reviendra vers\nvous dans les meilleurs délais.\n\n"
            "À très vite,\nL'équipe Lumea Beauty France\n\n"
            "Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.\n"),
        "html": "auto", "brand": "LUMEA BEAUTY", "colour": "#7a3e65",
    },
    {
        "id": "lumea-fr-invite", "slug": "lumea_bordeaux_entretien", "kind": "interview_invitation",
        "lang": "fr", "company": "Lumea Beauty", "contact": CAMILLE[1], "from": CAMILLE,
        "subject": "Entretien – Responsable Adjointe de Boutique Bordeaux",
        "date": "2026-08-25 10:44 +0200",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Suite à l'étude de votre candidature, je vous propose un entretien dans notre "
            "boutique de la\nrue Sainte-Catherine le jeudi 3 septembre à 14h30, avec Mme Ferrand, "
            "directrice régionale.\n\nMerci de me confirmer votre disponibilité par retour de "
            "mail.\n\nBien à vous,\n" + SIG_CAMILLE),
    },
    {
        "id": "lumea-fr-ok", "slug": "lumea_bordeaux_confirmation", "kind": "other",
        "lang": "fr", "company": "", "contact": "", "from": ME_PAIR, "to": CAMILLE,
        "subject": "RE: Entretien – Responsable Adjointe de Boutique Bordeaux",
        "date": "2026-08-25 13:10 +0200", "parent": "lumea-fr-invite", "quote": "fr",
        "text": ("Bonjour Camille,\n\nMerci beaucoup, je serai présente le jeudi 3 septembre à "
                 "14h30.\n\n" + SIGN_FR),
    },
    {
        "id": "lumea-fr-offer", "slug": "lumea_bordeaux_promesse", "kind": "offer", "lang": "fr",
        "company": "Lumea Beauty", "contact": CAMILLE[1], "from": CAMILLE,
        "subject": "Proposition d'embauche – Lumea Beauty Bordeaux",
        "date": "2026-09-15 17:22 +0200", "parent": "lumea-fr-ok", "quote": "fr",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "J'ai le plaisir de vous confirmer que nous souhaitons vous accueillir en tant que "
            "Responsable\nAdjointe de Boutique à Bordeaux. Vous trouverez ci-joint votre "
            "promesse d'embauche (CDI,\n2 450 € bruts mensuels, prise de poste le 2 novembre).\n\n"
            "Je reste disponible pour en parler et attends votre retour d'ici le 22 septembre."
            "\n\nBien cordialement,\n" + SIG_CAMILLE + "\n" + DISCLAIMER_FR),
        "pdfs": [("Promesse_embauche_Urrutia.pdf", [
            "Lumea Beauty France - Promesse d'embauche", "Bordeaux, le 15 septembre 2026",
            "Madame Ainhoa Urrutia Belaustegi",
            "Poste : Responsable Adjointe de Boutique (CDI)",
            "Remuneration : 2 450 EUR bruts mensuels", "Camille Dufour"])],
    },
    # ---- Thread E: Galerías Urdaneta (department store, Madrid) -> no after interview ----
    {
        "id": "urdaneta-ack", "slug": "urdaneta_sf_acuse", "kind": "application_received",
        "lang": "es", "company": "Galerías Urdaneta", "contact": "",
        "from": ("Galerías Urdaneta – Empleo", "noreply@successfactors.eu"),
        "from_enc": "B:utf-8",
        "subject": "Confirmación de candidatura: Jefa de Planta Moda Mujer (Madrid)",
        "date": "2026-03-02 08:05 +0100",
        "text": (
            "Estimada Ainhoa Urrutia Belaustegi:\n\n"
            "Le confirmamos que hemos recibido su solicitud para la vacante 'Jefe/a de Planta "
            "Moda Mujer –\nGoya (Madrid)' (ID 55120). Debido al elevado número de candidaturas, "
            "no nos es posible\nresponder individualmente a cada persona; si su perfil encaja, "
            "el equipo de Selección se\npondrá en contacto con usted.\n\n"
            "Atentamente,\nSelección Galerías Urdaneta\n\n"
            "Por favor, no responda a este mensaje generado automáticamente.\n"),
    },
    {
        "id": "urdaneta-invite", "slug": "urdaneta_entrevista", "kind": "interview_invitation",
        "lang": "es", "company": "Galerías Urdaneta", "contact": BEATRIZ[1], "from": BEATRIZ,
        "subject": "Entrevista Jefa de Planta – Galerías Urdaneta Goya",
        "date": "2026-03-10 13:22 +0100",
        "text": (
            "Buenos días, Ainhoa:\n\n"
            "Nos ha interesado su perfil para la jefatura de planta de Moda Mujer. Le propongo "
            "una\nprimera entrevista por videollamada el miércoles 18 de marzo a las 12:00. "
            "Le enviaré el\nenlace de Google Meet el día anterior.\n\n"
            "Quedo a la espera de su confirmación.\n\nSaludos cordiales,\n" + SIG_BEATRIZ),
        "html": "auto",
    },
    {
        "id": "urdaneta-postpone", "slug": "urdaneta_aplazamiento",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Galerías Urdaneta",
        "contact": BEATRIZ[1], "from": BEATRIZ,
        "subject": "RE: Entrevista Jefa de Planta – Galerías Urdaneta Goya",
        "date": "2026-03-16 18:40 +0100", "parent": "urdaneta-invite", "quote": "es",
        "text": (
            "Hola Ainhoa:\n\n"
            "Lamento comunicarle que debemos aplazar la entrevista del miércoles: la directora "
            "de planta\nestá de baja esta semana. Su candidatura sigue adelante y le propondré "
            "una nueva fecha en\ncuanto la tenga, previsiblemente la semana del 23.\n\n"
            "Disculpe las molestias.\nBeatriz\n"),
    },
    {
        "id": "urdaneta-no", "slug": "urdaneta_descarte_tras_entrevista", "kind": "rejection",
        "lang": "es", "company": "Galerías Urdaneta", "contact": BEATRIZ[1], "from": BEATRIZ,
        "subject": "RE: Entrevista Jefa de Planta – Galerías Urdaneta Goya",
        "date": "2026-04-08 12:15 +0200", "parent": "urdaneta-postpone", "quote": "es2",
        "text": (
            "Estimada Ainhoa:\n\n"
            "Gracias de nuevo por su tiempo en las entrevistas con nosotros. Tras valorar todas "
            "las\ncandidaturas, hemos decidido continuar el proceso con una persona con más "
            "experiencia en\ngestión de equipos en gran almacén.\n\n"
            "Nos ha causado muy buena impresión y guardaremos su CV para futuras vacantes de "
            "visual.\n\nUn cordial saludo,\n" + SIG_BEATRIZ + "\n" + DISCLAIMER_ES),
    },
    # ---- Thread F: Modehaus Brenner (fashion, München) -> Absage ------------------------
    {
        "id": "brenner-ack", "slug": "brenner_eingangsbestaetigung",
        "kind": "application_received", "lang": "de", "company": "Modehaus Brenner",
        "contact": "", "from": ("Modehaus Brenner", "noreply@softgarden.io"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung als Visual Merchandiser (m/w/d)",
        "date": "2026-04-14 07:58 +0200",
        "text": (
            "Sehr geehrte Frau Urrutia Belaustegi,\n\n"
            "vielen Dank für Ihr Interesse an Modehaus Brenner. Hiermit bestätigen wir den "
            "Eingang Ihrer\nBewerbungsunterlagen für die Position Visual Merchandiser (m/w/d) "
            "im Stammhaus München.\n\n"
            "Wir prüfen Ihre Unterlagen sorgfältig und melden uns so bald wie möglich bei "
            "Ihnen.\n\nMit freundlichen Grüßen\nIhr Modehaus Brenner Recruiting-Team\n\n"
            "Diese Nachricht wurde automatisch erstellt.\n"),
        "html": "auto", "brand": "MODEHAUS BRENNER", "colour": "#1d1d1b",
    },
    {
        "id": "brenner-invite", "slug": "brenner_einladung", "kind": "interview_invitation",
        "lang": "de", "company": "Modehaus Brenner", "contact": JONAS[1], "from": JONAS,
        "subject": "Einladung zum Vorstellungsgespräch am 29. April",
        "date": "2026-04-22 15:30 +0200",
        "text": (
            "Sehr geehrte Frau Urrutia,\n\n"
            "wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen:\n\n"
            "Mittwoch, 29. April 2026, 13:00 Uhr\nModehaus Brenner, Kaufingerstraße 9, "
            "Eingang Personal (3. OG)\n\n"
            "Gesprächspartner sind Frau Lenz (Visual Merchandising) und ich. Eine Terminanfrage "
            "für Ihren\nKalender finden Sie anbei.\n\nMit freundlichen Grüßen\n" + SIG_JONAS),
        "ics": {"method": "REQUEST", "uid": "brenner-vm-0429@brenner-mode.example.de", "seq": 0,
                "tz": "Europe/Berlin", "start": "20260429T130000", "end": "20260429T140000",
                "summary": "Vorstellungsgespräch Visual Merchandiser – A. Urrutia",
                "location": "Kaufingerstraße 9, München", "organizer": JONAS},
    },
    {
        "id": "brenner-no", "slug": "brenner_absage", "kind": "rejection", "lang": "de",
        "company": "Modehaus Brenner", "contact": JONAS[1], "from": JONAS,
        "subject": "AW: Einladung zum Vorstellungsgespräch am 29. April",
        "date": "2026-05-12 10:05 +0200", "parent": "brenner-invite", "quote": "de",
        "text": (
            "Sehr geehrte Frau Urrutia,\n\n"
            "nochmals vielen Dank für das angenehme Gespräch und Ihre Reise nach München. Nach "
            "reiflicher\nÜberlegung haben wir uns für eine Kandidatin entschieden, deren Profil "
            "noch etwas besser zu\nunseren aktuellen Anforderungen passt.\n\n"
            "Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen "
            "für Ihren\nweiteren Weg alles Gute.\n\nMit freundlichen Grüßen\n" + SIG_JONAS),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    # ---- Thread G: Atlantis Centres (shopping-centre operator, Bordeaux) ------------------
    {
        "id": "atlantis-ack", "slug": "atlantis_recruitee_accuse", "kind": "application_received",
        "lang": "fr", "company": "Atlantis Centres", "contact": "",
        "from": ("Atlantis Centres", "no-reply@recruitee.com"),
        "subject": "Votre candidature – Chargée d'animation commerciale (Mérignac)",
        "date": "2026-05-04 09:30 +0200",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Nous accusons réception de votre candidature pour le poste de Chargé(e) d'animation "
            "commerciale\net merchandising – centre Atlantis Mérignac. Notre équipe RH l'étudiera "
            "avec attention.\n\nCordialement,\nL'équipe Recrutement Atlantis Centres\n"),
    },
    {
        "id": "atlantis-invite", "slug": "atlantis_entretien", "kind": "interview_invitation",
        "lang": "fr", "company": "Atlantis Centres", "contact": ELODIE[1], "from": ELODIE,
        "from_enc": "Q:iso-8859-1",
        "subject": "Invitation à un entretien – Atlantis Mérignac",
        "date": "2026-05-11 16:12 +0200",
        "text": (
            "Bonjour Madame Urrutia,\n\n"
            "Votre profil a retenu notre attention. Je vous propose un entretien en visio le "
            "mardi 19 mai\nà 9h30. Vous trouverez l'invitation ci-jointe.\n\n"
            "Cordialement,\n" + SIG_ELODIE),
        "ics": {"method": "REQUEST", "uid": "atl-rh-20260519-0930@atlantis-centres.example.fr",
                "seq": 0, "tz": "Europe/Paris", "start": "20260519T093000",
                "end": "20260519T101500", "summary": "Entretien – Ainhoa Urrutia",
                "location": "Google Meet", "organizer": ELODIE,
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    {
        "id": "atlantis-missed", "slug": "atlantis_absence", "kind": "missed_interview_notice",
        "lang": "fr", "company": "Atlantis Centres", "contact": ELODIE[1], "from": ELODIE,
        "subject": "Entretien de ce matin", "date": "2026-05-19 10:05 +0200",
        "text": (
            "Bonjour Madame Urrutia,\n\n"
            "Nous vous avons attendue ce matin à 9h30 pour notre entretien en visio, sans "
            "nouvelles de\nvotre part. J'ai également essayé de vous joindre sur votre portable.\n"
            "\nSi vous êtes toujours intéressée par le poste, merci de me recontacter cette "
            "semaine.\n\nCordialement,\nÉlodie Marchand\n"),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "atlantis-no", "slug": "atlantis_refus", "kind": "rejection", "lang": "fr",
        "company": "Atlantis Centres", "contact": ELODIE[1], "from": ELODIE,
        "subject": "RE: Entretien de ce matin", "date": "2026-06-02 11:47 +0200",
        "parent": "atlantis-missed", "quote": "fr",
        "text": (
            "Bonjour Madame Urrutia,\n\n"
            "Merci pour votre message et pour l'entretien de la semaine dernière. Nous avons "
            "finalement\nretenu une candidature plus proche de nos besoins, notamment sur la "
            "gestion des enseignes\nlocataires. Nous ne donnerons donc pas suite à votre "
            "candidature.\n\n"
            "Nous vous souhaitons une belle réussite dans vos projets.\n\n" + SIG_ELODIE),
    },
    # ---- Thread H: Northgate Retail Estates (shopping centres, London) ------------------
    {
        "id": "northgate-invite", "slug": "northgate_lever_invite", "kind": "interview_invitation",
        "lang": "en", "company": "Northgate Retail Estates", "contact": TOM[1],
        "from": ("Northgate Retail Estates", "no-reply@hire.lever.co"), "reply_to": TOM,
        "subject": "Next steps: Retail Marketing & Visual Coordinator",
        "date": "2026-04-20 13:02 +0100",
        "text": (
            "Hi Ainhoa,\n\n"
            "Thanks for applying for the Retail Marketing & Visual Coordinator role at "
            "Northgate's Canal\nWalk centre. We'd like to invite you to a 30-minute video call "
            "with Tom Whitfield.\n\n"
            "Please pick a time that suits you here:\n"
            "https://hire.lever.co/interviews/schedule/ng-5a1c-7730\n\n"
            "Best,\nNorthgate Retail Estates Talent Team\n"),
    },
    {
        "id": "northgate-move", "slug": "northgate_reschedule",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en", "company": "Northgate Retail Estates", "contact": TOM[1], "from": TOM,
        "subject": "Re: Next steps: Retail Marketing & Visual Coordinator",
        "date": "2026-04-24 08:15 +0100", "parent": "northgate-invite", "quote": "en",
        "text": (
            "Hi Ainhoa,\n\n"
            "I'm afraid I have to move our call booked for this afternoon - a fire alarm test "
            "at the centre\nhas me tied up all day. Would Tuesday 28 April at 10:00 UK time work "
            "for you instead?\n\nSorry for the short notice,\nTom\n\n" + SIG_TOM),
    },
    {
        "id": "northgate-no", "slug": "northgate_outcome", "kind": "rejection", "lang": "en",
        "company": "Northgate Retail Estates", "contact": TOM[1], "from": TOM,
        "subject": "RE: Next steps: Retail Marketing & Visual Coordinator",
        "date": "2026-05-08 17:21 +0100", "parent": "northgate-move", "quote": "outlook-en",
        "text": (
            "Hi Ainhoa,\n\n"
            "Thanks again for your time on Tuesday. It was a close call, but we've decided to "
            "move forward\nwith a candidate whose experience more closely matches what the "
            "centre needs right now,\nparticularly around tenant marketing.\n\n"
            "I'd be glad to keep in touch for future roles.\n\nAll the best,\nTom\n"),
    },
    # ---- Thread I: Laneko ETT for Deportes Gorbea (named client) ------------------------
    {
        "id": "laneko-invite", "slug": "laneko_entrevista_cliente", "kind": "interview_invitation",
        "lang": "es", "company": "Deportes Gorbea", "contact": NEREA[1], "from": NEREA,
        "subject": "Entrevista telefónica – encargada de sección en Deportes Gorbea (Bilbao)",
        "subject_enc": "B:utf-8",
        "date": "2026-06-01 10:20 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Te escribo desde Laneko. Nuestro cliente Deportes Gorbea busca una encargada de "
            "sección\n(textil montaña) para su tienda de Bilbao – Zorrotzaurre y tu perfil les "
            "encaja.\n\n"
            "Te llamaré el jueves 4 de junio a las 11:00 para una entrevista telefónica de unos "
            "20 minutos.\nSi no te viene bien, dime otra hora.\n\n"
            "Un saludo,\n" + SIG_NEREA),
    },
    {
        "id": "laneko-missed", "slug": "laneko_llamada_sin_respuesta",
        "kind": "missed_interview_notice", "lang": "es", "company": "Deportes Gorbea",
        "contact": NEREA[1], "from": NEREA,
        "subject": "RE: Entrevista telefónica – encargada de sección en Deportes Gorbea (Bilbao)",
        "date": "2026-06-04 11:25 +0200", "parent": "laneko-invite", "quote": "es",
        "text": (
            "Hola Ainhoa:\n\n"
            "Te he llamado a las 11:00 como quedamos, dos veces, y no he podido localizarte. "
            "¿Va todo bien?\nSi sigues interesada, respóndeme y buscamos otro hueco esta misma "
            "semana.\n\nNerea\n"),
    },
    {
        "id": "laneko-sorry", "slug": "laneko_disculpa", "kind": "other", "lang": "es",
        "company": "", "contact": "", "from": ME_PAIR, "to": NEREA,
        "subject": "RE: Entrevista telefónica – encargada de sección en Deportes Gorbea (Bilbao)",
        "date": "2026-06-04 13:02 +0200", "parent": "laneko-missed", "quote": "es",
        "text": (
            "Hola Nerea:\n\n"
            "Mil disculpas, estaba con una clienta en el salón y el móvil se quedó en la "
            "taquilla. Sigo\nmuy interesada; mañana estoy libre toda la mañana.\n\n" + SIGN_ES),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "id": "laneko-no", "slug": "laneko_cliente_descarta", "kind": "rejection", "lang": "es",
        "company": "Deportes Gorbea", "contact": NEREA[1], "from": NEREA,
        "subject": "RE: Entrevista telefónica – encargada de sección en Deportes Gorbea (Bilbao)",
        "date": "2026-06-16 09:48 +0200", "parent": "laneko-sorry", "quote": "es",
        "text": (
            "Hola Ainhoa:\n\n"
            "Te cuento: he presentado tu candidatura a Deportes Gorbea tras nuestra charla del "
            "viernes,\npero el cliente ha decidido seguir con otra persona que ya trabajaba en "
            "el sector deportivo.\nSiento no traerte mejores noticias.\n\n"
            "Te mantengo en nuestra base de datos para otras posiciones de retail en Bizkaia.\n\n"
            "Un abrazo,\nNerea\n"),
    },
    # ---- Thread K: Marlow & Finch (retail head-hunter), named client -------------------
    {
        "id": "mf-cold", "slug": "marlowfinch_cold_approach", "kind": "other", "lang": "en",
        "company": "", "contact": ROSS[1], "from": ROSS,
        "subject": "Your visual merchandising background",
        "date": "2026-02-23 12:10 +0000",
        "text": (
            "Dear Ainhoa,\n\n"
            "I came across your profile and the salon window displays you've posted - lovely "
            "work. I lead\nthe retail practice at Marlow & Finch and regularly place visual "
            "and store leadership talent\nwith premium retailers in London and Europe.\n\n"
            "Nothing specific to put in front of you today, but I'd welcome a brief introductory "
            "chat so\nI can keep you in mind. Would you be open to that?\n\n" + SIG_ROSS),
    },
    {
        "id": "mf-reply", "slug": "marlowfinch_my_reply", "kind": "other", "lang": "en",
        "company": "", "contact": "", "from": ME_PAIR, "to": ROSS,
        "subject": "Re: Your visual merchandising background",
        "date": "2026-02-24 20:15 +0100", "parent": "mf-cold", "quote": "en",
        "text": ("Dear Harriet,\n\nThank you for reaching out. Yes, I'd be happy to have a "
                 "chat - I'm open to\nopportunities in London. I've attached nothing yet but "
                 "can send my CV whenever useful.\n\n" + SIGN_EN),
    },
    {
        "id": "mf-invite", "slug": "marlowfinch_client_call", "kind": "interview_invitation",
        "lang": "en", "company": "Harrowgate Home", "contact": ROSS[1], "from": ROSS,
        "subject": "Re: Your visual merchandising background - Harrowgate Home",
        "date": "2026-03-18 09:40 +0000", "parent": "mf-reply", "quote": "en",
        "text": (
            "Hi Ainhoa,\n\n"
            "Good news: Harrowgate Home, the furniture and homeware retailer, is hiring a "
            "Visual Merchandising\nLead for its new Kensington store, and they'd like to meet "
            "you. Their Head of Visual, Marcus Bell,\nhas proposed a video interview on "
            "Monday 23 March at 15:00 GMT.\n\n"
            "Shall I confirm? I'll send a short briefing beforehand.\n\nBest,\nHarriet\n"),
    },
    {
        "id": "mf-no", "slug": "marlowfinch_client_declined", "kind": "rejection", "lang": "en",
        "company": "Harrowgate Home", "contact": ROSS[1], "from": ROSS,
        "subject": "Harrowgate Home - feedback", "date": "2026-04-01 16:55 +0100",
        "parent": "mf-invite",
        "text": (
            "Hi Ainhoa,\n\n"
            "I've had feedback from Harrowgate Home. Marcus enjoyed meeting you and loved your "
            "eye for colour,\nbut they've decided to fill the role internally with their "
            "deputy from the Chelsea store, so\nthey won't be taking your application further.\n"
            "\nI know that's disappointing. I'll be in touch as soon as I see something that "
            "fits.\n\nWarm regards,\nHarriet\n\n" + SIG_ROSS),
    },
]
