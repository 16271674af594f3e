# ruff: noqa: C408  (hand-written specs read best as dict(...) calls)
"""Corpus 185, acknowledgements and offers: 21 application-received and 10 offer messages,
hand-written."""

from __future__ import annotations

from msgs185_common import ats_card, paras

ME = ("Ottilie Brandstätter-Nwosu", "ottilie.bn@example.at")

VERENA = ("Verena Pichler", "verena.pichler@schlossberg-software.example.at")
DANIEL = ("Daniel Leitgeb", "d.leitgeb@talentbruecke.example.at")
SOPHIE = ("Sophie Reuter", "sophie.reuter@talentharbour.example.lu")
CAMILLE = ("Camille Rochat", "camille.rochat@leman-rh.example.ch")
AITOR = ("Aitor Urrutia", "aitor.urrutia@bizkaiatalento.example.es")
CLAIRE = ("Claire Wagner", "claire.wagner@banquekirchberg.example.lu")
NOEMIE = ("Noémie Favre", "noemie.favre@clinique-saleve.example.ch")
ANNETTE = ("Annette Huber", "annette.huber@isarklinik-verbund.example.de")

MESSAGES: list[dict] = [
    # ================================================================= received, de
    dict(
        key="t1_ack",
        kind="application_received", slug="schlossberg_personio_ack", lang="de",
        company="Schlossberg Software", contact="",
        date="2026-01-19 10:02 +0100",
        frm=("Schlossberg Software GmbH", "no-reply@personio.de"),
        subject="Ihre Bewerbung bei Schlossberg Software",
        html_auto="card", html_args=dict(brand="Schlossberg Software", color="#8a3ffc",
                                          footer="Versendet mit Personio"),
        cte="quoted-printable",
        text=(
            "Hallo Frau Brandstätter-Nwosu,\n\n"
            "vielen Dank für Ihre Bewerbung als HR Onboarding Coordinator (m/w/d) in Graz. "
            "Ihre Unterlagen sind vollständig bei uns angekommen.\n\n"
            "Wir sehen uns jede Bewerbung persönlich an und melden uns innerhalb von zwei "
            "Wochen bei Ihnen.\n\n"
            "Beste Grüße\n"
            "Ihr People & Culture Team von Schlossberg Software\n"
        ),
    ),
    dict(
        key="t2_ack",
        kind="application_received", slug="donauklinik_successfactors_no_individual_reply",
        lang="de", company="Donauklinik Gruppe", contact="",
        date="2026-02-09 07:44 +0000",
        frm=("Donauklinik Gruppe Karriere", "noreply@successfactors.eu"),
        subject="Eingangsbestätigung: Onboarding-Koordination Pflege (Job-ID 30917)",
        cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wir bestätigen den Eingang Ihrer Bewerbung für die Position "
            "Onboarding-Koordination Pflege (Job-ID 30917).\n\n"
            "Aufgrund der großen Zahl an Bewerbungen können wir leider nicht jeder Person "
            "einzeln zum Stand des Verfahrens antworten. Unser Recruiting-Team prüft Ihre "
            "Unterlagen und kommt in den nächsten Wochen auf Sie zu, wenn Ihr Profil zu "
            "unseren Anforderungen passt.\n\n"
            "Den Status Ihrer Bewerbung sehen Sie jederzeit im Bewerberportal.\n\n"
            "Mit freundlichen Grüßen\n"
            "Donauklinik Gruppe – Zentrale Personalabteilung\n\n"
            "Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht.\n"
        ),
    ),
    dict(
        key="t6_reg",
        kind="application_received", slug="talentbruecke_registration", lang="de",
        company="TalentBrücke", contact=DANIEL[1],
        date="2026-01-12 13:37 +0100", frm=DANIEL,
        subject="Willkommen bei TalentBrücke: Ihre Registrierung",
        subj_enc=("iso-8859-1", "B"),
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "danke für Ihren Besuch bei uns in der Annenstraße und für die Unterlagen. Ihre "
            "Registrierung in unserem Bewerberpool ist damit abgeschlossen; Lebenslauf, "
            "Zeugnisse und Ihre Wunschregionen (Graz, Wien, Klagenfurt) sind hinterlegt.\n\n"
            "Ich gehe jetzt aktiv auf Unternehmen zu, die Einstiegspositionen im HR-Onboarding "
            "vergeben, und melde mich, sobald ich etwas Konkretes habe.\n\n"
            "Beste Grüße\n"
            "Daniel Leitgeb\n"
            "Senior Consultant | TalentBrücke Personalservice\n"
            "Annenstraße 52, 8020 Graz | +43 316 720 118\n"
        ),
    ),
    dict(
        key="mk_ack",
        kind="application_received", slug="murtal_workday_ack", lang="de",
        company="Murtal Kliniken", contact="",
        date="2026-01-08 18:03 +0000",
        frm=("Murtal Kliniken", "murtalkliniken@myworkday.com"),
        subject="Bewerbungseingang – Koordinatorin Onboarding (R-10482)",
        html=ats_card("Murtal Kliniken", paras(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "Ihre Bewerbung für die Position Koordinatorin Onboarding (R-10482) ist "
            "erfolgreich in unserem System eingegangen.\n\n"
            "Den aktuellen Stand können Sie jederzeit unter „Meine Bewerbungen“ in Ihrem "
            "Kandidatenkonto einsehen.\n\n"
            "Mit freundlichen Grüßen\nPersonalmanagement Murtal Kliniken"),
            color="#7a1f2b",
            footer="Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse "
                   "werden nicht gelesen."),
        html_cte="base64",
    ),
    dict(
        key="gm_ack",
        kind="application_received", slug="gruenmarkt_softgarden_ack", lang="de",
        company="Grünmarkt", contact="",
        date="2026-01-22 09:15 +0100",
        frm=("Grünmarkt Recruiting", "noreply@softgarden.io"), frm_enc=("utf-8", "B"),
        subject="Danke für Ihre Bewerbung!",
        html_auto="card", html_args=dict(brand="Grünmarkt – Frische aus der Steiermark",
                                          color="#2e7d32"),
        cte="quoted-printable",
        text=(
            "Liebe Frau Brandstätter-Nwosu,\n\n"
            "schön, dass Sie sich für die Onboarding Assistenz in unserer Zentrale "
            "interessieren! Ihre Bewerbung ist bei uns eingegangen und liegt jetzt beim "
            "zuständigen Fachbereich.\n\n"
            "Sie hören von uns, sobald wir Ihre Unterlagen gesichtet haben.\n\n"
            "Ihr Grünmarkt Recruiting-Team\n"
        ),
    ),
    dict(
        key="mb_ack",
        kind="application_received", slug="murbrueck_eingelangt_cp1252", lang="de",
        company="Stadtgemeinde Murbrück", contact="herbert.url@murbrueck.example.at",
        date="2026-02-25 11:26 +0100",
        frm=("Ing. Herbert Url", "herbert.url@murbrueck.example.at"),
        subject="Ihre Bewerbung – Sachbearbeitung Personal (Onboarding)",
        charset="windows-1252",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu!\n\n"
            "Wir bestätigen, dass Ihre Bewerbung vom 24. Februar 2026 für die Stelle "
            "„Sachbearbeitung Personal (Onboarding)“ fristgerecht beim Personalamt eingelangt "
            "ist.\n\n"
            "Nach Ende der Bewerbungsfrist am 13. März 2026 werden die Unterlagen von der "
            "Personalkommission gesichtet. Über den weiteren Verlauf werden Sie schriftlich "
            "informiert.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Ing. Herbert Url\n"
            "Personalamt, Stadtgemeinde Murbrück\n"
            "Hauptplatz 1, 8712 Murbrück – Tel.: +43 3842 4410-23\n"
        ),
    ),
    dict(
        key="kv_ack",
        kind="application_received", slug="karawanken_taleo_latin1_qp", lang="de",
        company="Karawanken Versicherung", contact="",
        date="2026-03-04 16:41 +0100",
        frm=("Karawanken Versicherung Personal", "karawanken@taleo.net"),
        subject="Bestätigung Ihrer Bewerbung Nr. 2026-0417",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "Ihre Bewerbung für die Position Assistenz Personalentwicklung und Onboarding ist "
            "unter der Nummer 2026-0417 bei uns registriert.\n\n"
            "Bitte geben Sie diese Nummer bei Rückfragen an. Wir prüfen alle Unterlagen "
            "sorgfältig und ersuchen Sie um etwas Geduld.\n\n"
            "Mit freundlichen Grüßen\n"
            "Karawanken Versicherung AG, Personalabteilung\n"
        ),
    ),
    dict(
        key="ik_ack",
        kind="application_received", slug="isarklinik_icims_ack_base64", lang="de",
        company="Isarklinik Verbund", contact="",
        date="2026-04-13 05:12 -0400",
        frm=("Isarklinik Verbund Karriere", "isarklinik@talent.icims.com"),
        subject="Wir haben Ihre Bewerbung erhalten – Koordination Mitarbeiter-Onboarding",
        html_auto="card", html_args=dict(brand="Isarklinik Verbund", color="#00549f"),
        cte="base64",
        text=(
            "Guten Tag Frau Brandstätter-Nwosu,\n\n"
            "herzlichen Dank für Ihre Bewerbung als Koordinatorin Mitarbeiter-Onboarding "
            "(Kennziffer 2026-118).\n\n"
            "Ihre Unterlagen sind vollständig eingegangen und wurden an die Personal"
            "abteilung weitergeleitet. Wir melden uns in der Regel innerhalb von drei Wochen.\n\n"
            "Freundliche Grüße\n"
            "Ihr Recruiting-Team des Isarklinik Verbunds\n"
        ),
    ),
    dict(
        key="ud_ack",
        kind="application_received", slug="uetliberg_greenhouse_ack", lang="de",
        company="Uetliberg Digital", contact="",
        date="2026-06-22 14:03 +0000",
        frm=("Uetliberg Digital", "no-reply@greenhouse-mail.io"),
        subject="Danke für Ihre Bewerbung bei Uetliberg Digital",
        text=(
            "Grüezi Frau Brandstätter-Nwosu\n\n"
            "Danke, dass Sie sich als People Onboarding Coordinator bei Uetliberg Digital "
            "beworben haben. Wir haben Ihre Unterlagen erhalten.\n\n"
            "Unser Team schaut sich jede Bewerbung an; wenn wir weitergehen möchten, meldet "
            "sich jemand aus dem Talent-Acquisition-Team bei Ihnen.\n\n"
            "Freundliche Grüsse\n"
            "Uetliberg Digital AG\n"
        ),
    ),
    dict(
        key="hr_ack",
        kind="application_received", slug="hofmann_raab_cv_received", lang="de",
        company="Hofmann & Raab", contact="s.wallner@hofmann-raab.example.at",
        date="2026-02-02 09:48 +0100",
        frm=("Sabrina Wallner", "s.wallner@hofmann-raab.example.at"),
        subject="Ihr Lebenslauf",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "Ihren Lebenslauf und Ihr Anschreiben haben wir erhalten, danke! Herr Mag. "
            "Hofmann ist diese Woche bei Kunden unterwegs und wird sich nach seiner Rückkehr "
            "ansehen, ob eines unserer laufenden Mandate zu Ihnen passt.\n\n"
            "Freundliche Grüße\n"
            "Sabrina Wallner\n"
            "Office Management\n"
            "Hofmann & Raab Personalberatung GmbH\n"
            "Schottenring 19/4, 1010 Wien | Tel. +43 1 532 77 40\n"
        ),
    ),
    dict(
        key="lg_ack",
        kind="application_received", slug="lindwurm_recruitee_cannot_reply_all", lang="de",
        company="Lindwurm Logistik", contact="",
        date="2026-04-20 12:12 +0200",
        frm=("Lindwurm Logistik", "lindwurm-logistik@jobs.recruitee.com"),
        subject="Wir haben Ihre Bewerbung erhalten",
        html_auto="card", html_args=dict(brand="Lindwurm Logistik · Karriere",
                                          color="#004d61"),
        cte="quoted-printable",
        text=(
            "Hallo Frau Brandstätter-Nwosu,\n\n"
            "danke für Ihre Bewerbung als HR-Koordinatorin Onboarding in Klagenfurt.\n\n"
            "Bitte haben Sie Verständnis, dass wir leider nicht jeder Bewerberin und jedem "
            "Bewerber individuell antworten können. Wenn Ihr Profil zu uns passt, melden wir "
            "uns innerhalb von drei Wochen telefonisch oder per E-Mail.\n\n"
            "Freundliche Grüße\n"
            "Ihr Lindwurm Logistik Team\n"
        ),
    ),
    # ================================================================= received, en
    dict(
        key="t3_ack",
        kind="application_received", slug="dragonbridge_ashby_ack", lang="en",
        company="Dragonbridge Labs", contact="",
        date="2026-03-10 08:31 +0000",
        frm=("Dragonbridge Labs", "no-reply@ashbyhq.com"),
        subject="Thanks for applying to Dragonbridge Labs",
        html_auto="card", html_args=dict(brand="Dragonbridge Labs", color="#3b2a8f"),
        cte="quoted-printable",
        text=(
            "Hi Ottilie,\n\n"
            "Thanks for applying for the People Onboarding Coordinator role in Ljubljana – "
            "we've received your application.\n\n"
            "Our team reviews every application by hand. If there's a match, someone will "
            "reach out within ten working days to set up a first conversation.\n\n"
            "Dragonbridge Labs Talent Team\n"
        ),
    ),
    dict(
        key="tv_ack",
        kind="application_received", slug="tivoli_lever_ack", lang="en",
        company="Tivoli Home", contact="",
        date="2026-05-04 07:02 +0000",
        frm=("Tivoli Home", "no-reply@hire.lever.co"),
        subject="Thank you for your application to Tivoli Home",
        text=(
            "Dear Ottilie,\n\n"
            "Thank you for your interest in the HR Onboarding Coordinator position at Tivoli "
            "Home. This email confirms that your application has been submitted "
            "successfully.\n\n"
            "Our recruiting team will review your background and be in touch if your "
            "experience is a fit.\n\n"
            "Best,\n"
            "Tivoli Home Talent Team\n"
        ),
    ),
    dict(
        key="th_reg",
        kind="application_received", slug="talentharbour_registration", lang="en",
        company="Talent Harbour", contact=SOPHIE[1],
        date="2026-07-13 17:20 +0200", frm=SOPHIE,
        subject="Your registration with Talent Harbour",
        html_auto="outlook", html_args=dict(lang="EN-GB"), cte="quoted-printable",
        text=(
            "Dear Ottilie,\n\n"
            "It was lovely to speak with you this afternoon. I'm writing to confirm that "
            "you're now registered with Talent Harbour, and that I have your CV, your "
            "work-permit details and your preferred roles on file.\n\n"
            "Over the coming weeks I'll be presenting you to clients in Luxembourg who are "
            "building up their onboarding teams. I'll always check with you before sending "
            "your profile anywhere.\n\n"
            "Best wishes,\n"
            "Sophie\n\n"
            "Sophie Reuter\n"
            "Consultant, HR & Office Support\n"
            "Talent Harbour S.à r.l., Luxembourg\n"
            "12, rue Philippe II, L-2340 Luxembourg\n"
            "+352 26 48 90 12\n"
        ),
    ),
    dict(
        key="mr_ack",
        kind="application_received", slug="moselle_workable_cannot_reply_individually",
        lang="en", company="Moselle Retail", contact="",
        date="2026-06-01 11:50 +0200",
        frm=("Moselle Retail", "moselle-retail@workablemail.com"),
        subject="Application received: People Onboarding Associate",
        text=(
            "Hello Ottilie,\n\n"
            "Thank you for applying for the People Onboarding Associate position with Moselle "
            "Retail. We have received your application.\n\n"
            "Unfortunately, due to the high volume of applications, we are unable to respond "
            "to every applicant individually. Shortlisted candidates will be contacted within "
            "three weeks.\n\n"
            "Kind regards,\n"
            "Moselle Retail Recruitment\n"
            "Powered by Workable\n"
        ),
    ),
    dict(
        key="qb_ack",
        kind="application_received", slug="quaibridge_smartrecruiters_ack", lang="en",
        company="Quaibridge Bank", contact="",
        date="2026-08-17 15:20 +0000",
        frm=("Quaibridge Bank", "no-reply@smartrecruiters.com"),
        subject="We've received your application – Onboarding Specialist",
        html_auto="card", html_args=dict(brand="Quaibridge Bank Careers", color="#22314a"),
        cte="quoted-printable",
        text=(
            "Dear Ottilie,\n\n"
            "Thank you for applying for the Onboarding Specialist role in Zurich. Your "
            "application has reached us and is now under review.\n\n"
            "You can follow its progress in your candidate profile at any time.\n\n"
            "Kind regards,\n"
            "Quaibridge Bank Talent Acquisition\n"
        ),
    ),
    # ================================================================= received, fr
    dict(
        key="t4_ack",
        kind="application_received", slug="saleve_teamtailor_ack", lang="fr",
        company="Clinique du Salève", contact="",
        date="2026-04-01 13:07 +0200",
        frm=("Clinique du Salève", "no-reply@teamtailor-mail.com"),
        subject="Nous avons bien reçu votre candidature",
        subj_enc=("iso-8859-1", "B"),
        html_auto="card", html_args=dict(brand="Clinique du Salève", color="#006e7f"),
        cte="quoted-printable",
        text=(
            "Bonjour Ottilie,\n\n"
            "Merci pour votre candidature au poste de coordinatrice onboarding RH. Nous "
            "l'avons bien reçue et notre équipe de recrutement l'étudiera avec attention.\n\n"
            "Si votre profil correspond à nos besoins, nous prendrons contact avec vous dans "
            "les prochaines semaines.\n\n"
            "L'équipe RH de la Clinique du Salève\n"
        ),
    ),
    dict(
        key="lm_reg",
        kind="application_received", slug="leman_inscription_confirmee", lang="fr",
        company="Léman Services RH", contact=CAMILLE[1],
        date="2026-03-02 10:14 +0100", frm=CAMILLE,
        subject="Confirmation de votre inscription",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Bonjour Ottilie,\n\n"
            "Suite à notre entretien de ce matin à l'agence, je vous confirme que votre "
            "inscription chez Léman Services RH est finalisée. Votre CV et votre permis "
            "sont enregistrés dans notre base.\n\n"
            "Je vous contacterai dès qu'une mission temporaire ou un poste fixe dans les RH "
            "correspondra à vos attentes.\n\n"
            "Belle journée,\n"
            "Camille Rochat\n"
            "Consultante RH - Léman Services RH SA\n"
            "Rue du Rhône 65, 1204 Genève - 022 310 44 80\n"
        ),
    ),
    # ================================================================= received, es
    dict(
        key="t5_ack",
        kind="application_received", slug="nervion_smartrecruiters_ack", lang="es",
        company="Grupo Hospitalario Nervión", contact="",
        date="2026-04-20 06:45 +0000",
        frm=("Grupo Hospitalario Nervión", "no-reply@smartrecruiters.com"),
        subject="Hemos recibido tu candidatura",
        html_auto="card", html_args=dict(brand="Grupo Hospitalario Nervión",
                                          color="#0066a1"),
        cte="quoted-printable",
        text=(
            "Hola Ottilie:\n\n"
            "Gracias por presentar tu candidatura al puesto de Técnica/o de acogida RR. HH. "
            "en Bilbao. La hemos recibido correctamente.\n\n"
            "Nuestro equipo de selección la revisará y, si tu perfil encaja, nos pondremos en "
            "contacto contigo.\n\n"
            "Un saludo,\n"
            "Selección · Grupo Hospitalario Nervión\n"
        ),
    ),
    dict(
        key="ib_ack",
        kind="application_received", slug="ibaizabal_sede_justificante", lang="es",
        company="Ayuntamiento de Ibaizabal", contact="",
        date="2026-02-18 12:30 +0100",
        frm=("Sede electrónica – Ayuntamiento de Ibaizabal", "no-reply@sede.ibaizabal.example.es"),
        frm_enc=("utf-8", "B"),
        subject="Justificante de registro de entrada REGAGE-2026-004812",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Se ha registrado correctamente su solicitud de admisión al proceso selectivo "
            "«Técnico/a auxiliar de Recursos Humanos (acogida de personal)».\n\n"
            "Número de registro: REGAGE-2026-004812\n"
            "Fecha y hora: 18/02/2026 12:29:51\n"
            "Interesada: BRANDSTÄTTER-NWOSU, OTTILIE\n\n"
            "Se adjunta el justificante en formato PDF. Este mensaje se genera "
            "automáticamente; no responda a esta dirección.\n"
        ),
        pdfs=[dict(filename="justificante_REGAGE-2026-004812.pdf",
                   title="Justificante de registro de entrada",
                   lines=["Numero: REGAGE-2026-004812", "Fecha: 18/02/2026 12:29:51",
                          "Organo: Ayuntamiento de Ibaizabal - Recursos Humanos",
                          "Asunto: Solicitud de admision a proceso selectivo"])],
    ),
    dict(
        key="bt_ack",
        kind="application_received", slug="bizkaiatalento_cv_recibido", lang="es",
        company="Bizkaia Talento", contact=AITOR[1],
        date="2026-07-08 10:05 +0200", frm=AITOR,
        subject="Hemos recibido tu CV",
        cte="quoted-printable",
        text=(
            "Hola Ottilie:\n\n"
            "Hemos recibido tu CV, gracias por escribirnos. Lo he dado de alta en nuestra "
            "base de candidatos para perfiles de administración de personal y acogida.\n\n"
            "En cuanto tenga una posición que encaje con lo que buscas te llamo.\n\n"
            "Un saludo,\n"
            "Aitor Urrutia\n"
            "Consultor de selección · Bizkaia Talento ETT\n"
            "Gran Vía 58, 48011 Bilbao · 944 15 38 20\n"
        ),
    ),
    # ================================================================= offers, de
    dict(
        key="t1_off", parent="t1_thx", quote="de",
        kind="offer", slug="schlossberg_offer_pdf", lang="de",
        company="Schlossberg Software", contact=VERENA[1],
        date="2026-02-20 11:15 +0100", frm=VERENA,
        subject="Re: Danke für das Gespräch",
        html_auto="outlook", cte="quoted-printable",
        text=(
            "Liebe Frau Brandstätter-Nwosu,\n\n"
            "danke für Ihre lieben Zeilen – die Freude war ganz auf unserer Seite.\n\n"
            "Ich darf Ihnen heute mitteilen, dass wir Ihnen die Stelle als HR Onboarding "
            "Coordinator anbieten möchten! Die Eckdaten finden Sie im angehängten "
            "Angebotsschreiben: Eintritt 1. April 2026, 38,5 Stunden, Bruttomonatsgehalt "
            "2.850 € (14 Mal jährlich), Homeoffice an zwei Tagen.\n\n"
            "Wenn Sie das Angebot annehmen möchten, bitte ich um eine kurze Rückmeldung bis "
            "6. März. Für Fragen bin ich jederzeit erreichbar.\n\n"
            "Liebe Grüße\n"
            "Verena Pichler\n"
            "People & Culture | Schlossberg Software GmbH\n"
            "Lendplatz 18, 8020 Graz | +43 316 908 442 17\n"
        ),
        pdfs=[dict(filename="Angebot_HR_Onboarding_Coordinator.pdf",
                   title="Schlossberg Software GmbH - Angebot",
                   lines=["Frau Ottilie Brandstätter-Nwosu",
                          "Position: HR Onboarding Coordinator",
                          "Eintritt: 1. April 2026", "Arbeitszeit: 38,5 Stunden/Woche",
                          "Bruttomonatsgehalt: EUR 2.850,- (14x)",
                          "Annahmefrist: 6. März 2026"])],
    ),
    dict(
        key="tb_off", parent="t6_rej",
        kind="offer", slug="talentbruecke_client_poelzl_offer", lang="de",
        company="Feinkost Pölzl", contact=DANIEL[1],
        date="2026-06-15 17:48 +0200", frm=DANIEL,
        subject="Feinkost Pölzl möchte Ihnen ein Angebot machen!",
        subj_enc=("iso-8859-1", "Q"),
        text=(
            "Liebe Frau Brandstätter-Nwosu,\n\n"
            "diesmal habe ich gute Nachrichten: Feinkost Pölzl war von Ihrem zweiten "
            "Gespräch begeistert und möchte Ihnen die Stelle als Onboarding-Assistenz in der "
            "Zentrale in Graz-Liebenau anbieten.\n\n"
            "Eckdaten laut Kunde: 30 Wochenstunden, Start 1. August, Einstufung nach "
            "Handels-KV Beschäftigungsgruppe C mit Überzahlung. Das schriftliche Angebot "
            "schickt Ihnen Herr Pölzl junior direkt zu, ich wollte Sie aber vorab "
            "informieren.\n\n"
            "Rufen Sie mich gerne an, dann gehen wir die Details gemeinsam durch.\n\n"
            "Beste Grüße\n"
            "Daniel Leitgeb\n"
            "Senior Consultant | TalentBrücke Personalservice\n"
            "Annenstraße 52, 8020 Graz | +43 316 720 118\n"
        ),
    ),
    dict(
        key="ik_off", parent="ik_ill",
        kind="offer", slug="isarklinik_contract_for_signature", lang="de",
        company="Isarklinik Verbund", contact=ANNETTE[1],
        date="2026-05-15 10:30 +0200", frm=ANNETTE,
        subject="Ihr Arbeitsvertrag – Koordination Mitarbeiter-Onboarding",
        cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wir freuen uns, dass Sie unser Team verstärken werden! Wie am Telefon "
            "besprochen, erhalten Sie anbei Ihren Arbeitsvertrag in zweifacher "
            "Ausfertigung.\n\n"
            "Bitte senden Sie uns ein unterschriebenes Exemplar bis spätestens 29. Mai 2026 "
            "zurück, gern vorab als Scan. Ihr erster Arbeitstag ist der 1. Juli 2026; die "
            "Unterlagen zur Einarbeitungswoche folgen separat.\n\n"
            "Mit freundlichen Grüßen\n"
            "Annette Huber\n"
            "Personalgewinnung\n"
            "Isarklinik Verbund gGmbH, Englschalkinger Straße 110, 81925 München\n"
        ),
        pdfs=[dict(filename="Arbeitsvertrag_Brandstaetter-Nwosu.pdf",
                   title="Isarklinik Verbund gGmbH - Arbeitsvertrag",
                   lines=["zwischen Isarklinik Verbund gGmbH und",
                          "Frau Ottilie Brandstätter-Nwosu",
                          "Taetigkeit: Koordination Mitarbeiter-Onboarding",
                          "Beginn: 01.07.2026", "Verguetung: TVoeD E8",
                          "Unterschrift Arbeitnehmerin: ____________________"])],
    ),
    dict(
        key="am_off", parent="hr_mov",
        kind="offer", slug="almtaler_verbal_offer_follow_up", lang="de",
        company="Almtaler Molkerei", contact="stefan.reisinger@almtaler-molkerei.example.at",
        date="2026-08-24 16:05 +0200",
        frm=("Stefan Reisinger", "stefan.reisinger@almtaler-molkerei.example.at"),
        cc=[("Mag. Clemens Hofmann", "c.hofmann@hofmann-raab.example.at")],
        subject="Unser Telefonat von heute",
        charset="windows-1252", cte="base64",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "wie heute Vormittag am Telefon besprochen, bestätige ich Ihnen gerne schriftlich: "
            "Wir möchten Sie als HR-Onboarding-Koordinatorin in Gleisdorf einstellen.\n\n"
            "Unser Angebot: Vollzeit, Beginn 1. Oktober 2026, Bruttomonatsgehalt € 3.100,– "
            "(14 Mal), Jobticket und Kantine. Das formale Angebotsschreiben erhalten Sie bis "
            "Freitag; Herr Mag. Hofmann ist in Kopie.\n\n"
            "Ich freue mich schon auf die Zusammenarbeit.\n\n"
            "Mit freundlichen Grüßen\n"
            "Stefan Reisinger\n"
            "Personalleiter\n"
            "Almtaler Molkerei eGen\n"
            "Molkereistraße 4, 8200 Gleisdorf\n"
        ),
    ),
    dict(
        key="wb_off",
        kind="offer", slug="bildungsnetz_dienstvertrag_retournieren", lang="de",
        company="Wiener Bildungsnetz", contact="doris.hauer@bildungsnetz-wien.example.at",
        date="2026-09-10 13:33 +0200",
        frm=("Mag.a Doris Hauer", "doris.hauer@bildungsnetz-wien.example.at"),
        subject="Dienstvertrag zur Unterschrift",
        html_auto="outlook", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "es freut mich sehr, dass Sie ab 1. November 2026 bei uns als Koordinatorin für "
            "das Onboarding unserer Elementarpädagoginnen und -pädagogen beginnen.\n\n"
            "Im Anhang finden Sie Ihren Dienstvertrag. Wir ersuchen Sie, beide Seiten zu "
            "unterschreiben und uns das Original bis 25. September zu retournieren – per Post "
            "oder persönlich in der Zentrale.\n\n"
            "Mit freundlichen Grüßen\n"
            "Mag.a Doris Hauer\n"
            "Leitung Personal\n"
            "Wiener Bildungsnetz gemeinnützige GmbH\n"
            "Schönbrunner Straße 97, 1050 Wien | +43 1 545 08 30-12\n"
        ),
        pdfs=[dict(filename="Dienstvertrag_2026-11.pdf",
                   title="Wiener Bildungsnetz - Dienstvertrag",
                   lines=["Dienstnehmerin: Ottilie Brandstätter-Nwosu",
                          "Verwendung: Koordination Onboarding",
                          "Beginn: 1. November 2026", "Ausmass: 40 Wochenstunden",
                          "Kollektivvertrag: SWOe-KV, Verwendungsgruppe 7"])],
    ),
    # ================================================================= offers, en
    dict(
        key="t7_off", parent="t7_mov",
        kind="offer", slug="kirchberg_offer_letter_pdf", lang="en",
        company="Banque Kirchberg", contact=CLAIRE[1],
        date="2026-06-12 09:20 +0200", frm=CLAIRE,
        subject="Offer of employment – HR Onboarding Officer",
        html_auto="outlook", html_args=dict(lang="EN-GB"), cte="quoted-printable",
        text=(
            "Dear Ottilie,\n\n"
            "Following your interview with the panel on 2 June, I am very pleased to offer "
            "you the position of HR Onboarding Officer at Banque Kirchberg.\n\n"
            "Please find attached your offer letter with the proposed terms: a permanent "
            "contract starting 1 September 2026, an annual gross salary of EUR 52,000 paid "
            "in 13 instalments, and meal vouchers. The offer is valid until 26 June.\n\n"
            "Paul and I would be happy to answer any questions on a call.\n\n"
            "Kind regards,\n"
            "Claire Wagner\n"
            "Talent Acquisition Partner\n"
            "Banque Kirchberg S.A. | 5 avenue Kennedy | L-1855 Luxembourg\n"
            "T +352 42 77 10 561\n\n"
            "This e-mail may contain confidential information. If you are not the intended "
            "recipient, please notify the sender and delete it.\n"
        ),
        pdfs=[dict(filename="Offer_Letter_Brandstaetter-Nwosu.pdf",
                   title="Banque Kirchberg S.A. - Offer of employment",
                   lines=["Candidate: Ottilie Brandstätter-Nwosu",
                          "Position: HR Onboarding Officer", "Start date: 1 September 2026",
                          "Annual gross salary: EUR 52,000 (13 instalments)",
                          "Offer valid until: 26 June 2026"])],
    ),
    dict(
        key="lj_off",
        kind="offer", slug="ljubljanica_verbal_offer_follow_up", lang="en",
        company="Ljubljanica Analytics", contact="primoz.kos@ljubljanica-analytics.example.si",
        date="2026-10-05 17:12 +0200",
        frm=("Primož Kos", "primoz.kos@ljubljanica-analytics.example.si"),
        frm_enc=("utf-8", "Q"),
        subject="Following up on our call",
        text=(
            "Hi Ottilie,\n\n"
            "Following our call this afternoon, I'm happy to confirm in writing that we'd "
            "like you to join Ljubljanica Analytics as our Onboarding Coordinator.\n\n"
            "As discussed: full-time, hybrid (three days in the Ljubljana office), start in "
            "January, gross monthly salary of EUR 2,600 plus relocation support. Our lawyer "
            "will send the contract in English and Slovene next week.\n\n"
            "Welcome aboard – we're thrilled.\n\n"
            "Primož Kos\n"
            "COO, Ljubljanica Analytics d.o.o.\n"
            "Slovenska cesta 54, 1000 Ljubljana\n"
        ),
    ),
    # ================================================================= offers, fr
    dict(
        key="t4_off", parent="t4_cxl",
        kind="offer", slug="saleve_lettre_engagement_pdf", lang="fr",
        company="Clinique du Salève", contact=NOEMIE[1],
        date="2026-05-12 15:40 +0200", frm=NOEMIE, frm_enc=("iso-8859-1", "Q"),
        subject="Proposition d'engagement – Coordinatrice onboarding RH",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Madame,\n\n"
            "Suite à notre entretien du 28 avril, nous avons le plaisir de vous proposer le "
            "poste de coordinatrice onboarding RH au sein de la Clinique du Salève.\n\n"
            "Vous trouverez ci-joint notre lettre d'engagement : contrat à durée "
            "indéterminée à 90 %, entrée en fonction le 1er août 2026, salaire annuel brut de "
            "CHF 78 000 versé en treize mensualités.\n\n"
            "Nous vous serions reconnaissants de nous retourner un exemplaire signé d'ici "
            "au 26 mai.\n\n"
            "Avec mes meilleures salutations,\n"
            "Noémie Favre\n"
            "Chargée de recrutement\n"
            "Clinique du Salève SA – 022 304 18 60\n"
        ),
        pdfs=[dict(filename="Lettre_engagement_Brandstaetter-Nwosu.pdf",
                   title="Clinique du Salève SA - Lettre d'engagement",
                   lines=["Madame Ottilie Brandstätter-Nwosu",
                          "Fonction : coordinatrice onboarding RH (90 %)",
                          "Entrée en fonction : 1er août 2026",
                          "Salaire annuel brut : CHF 78 000 (13 x)",
                          "Délai de réponse : 26 mai 2026"])],
    ),
    dict(
        key="ca_off",
        kind="offer", slug="alzette_contrat_signature", lang="fr",
        company="Coopérative Alzette", contact="anne.kremer@cooperative-alzette.example.lu",
        date="2026-10-12 11:02 +0200",
        frm=("Anne Kremer", "anne.kremer@cooperative-alzette.example.lu"),
        subject="Votre contrat de travail à signer",
        subj_enc=("utf-8", "B"),
        cte="base64",
        text=(
            "Bonjour Ottilie,\n\n"
            "Quel plaisir de vous compter bientôt parmi nous ! Comme convenu lors de notre "
            "appel de vendredi, je vous adresse votre contrat de travail en tant que "
            "gestionnaire onboarding pour nos supermarchés d'Esch et de Differdange.\n\n"
            "Vous pouvez le signer électroniquement via le lien suivant, valable sept jours :\n"
            "https://sign.cooperative-alzette.example.lu/d/7Hq2Lm\n\n"
            "Une copie PDF est jointe pour vos archives. N'hésitez pas à m'appeler si un "
            "point n'est pas clair.\n\n"
            "Bien cordialement,\n"
            "Anne Kremer\n"
            "Responsable du personnel\n"
            "Coopérative Alzette – 14, rue du Brill, L-4041 Esch-sur-Alzette\n"
        ),
        pdfs=[dict(filename="Contrat_travail_CDI.pdf",
                   title="Coopérative Alzette - Contrat de travail",
                   lines=["Salariée : Ottilie Brandstätter-Nwosu",
                          "Fonction : gestionnaire onboarding",
                          "Début : 1er décembre 2026", "Type : contrat à durée indéterminée"])],
    ),
    # ================================================================= offers, es
    dict(
        key="bt_off", parent="bt_rej",
        kind="offer", slug="bizkaiatalento_client_arrieta_offer", lang="es",
        company="Conservas Arrieta", contact=AITOR[1],
        date="2026-09-21 13:14 +0200", frm=AITOR,
        subject="¡Conservas Arrieta quiere hacerte una oferta!",
        html_auto="simple", cte="quoted-printable",
        text=(
            "¡Hola Ottilie!\n\n"
            "Te llamo en un rato, pero no me aguanto: Conservas Arrieta, la conservera de "
            "Bermeo con la que hiciste la segunda entrevista, quiere hacerte una oferta para "
            "el puesto de técnica de acogida y formación inicial.\n\n"
            "Lo que me han adelantado: contrato indefinido, jornada completa, 27.500 € "
            "brutos anuales y incorporación el 2 de noviembre. La propuesta por escrito te "
            "la enviarán ellos directamente esta semana.\n\n"
            "¡Enhorabuena!\n"
            "Aitor Urrutia\n"
            "Consultor de selección · Bizkaia Talento ETT\n"
            "Gran Vía 58, 48011 Bilbao · 944 15 38 20\n"
        ),
    ),
]
