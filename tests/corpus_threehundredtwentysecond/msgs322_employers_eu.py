"""Corpus 322, German, French and Spanish employers in Berlin, Paris and Barcelona: research
centres (SuccessFactors, SmartRecruiters), health software (Recruitee, Lever), charities, a
med-tech company (Personio), clinics, a CRO (Workable) and a hospital (iCIMS)."""

from __future__ import annotations

from msgs322_common import html_from_text, html_page, ics, para_html, t

SF = ("Zentrum für Versorgungsforschung Berlin", "zvf-berlin@successfactors.eu")
RECRUITEE = ("Datavita Recruiting", "notifications@recruitee.com")
JAN = ("Jan Petersen", "jan.petersen@datavita.example.de")
OSTERHOLZ = ("Osterholz Medizintechnik", "osterholz-noreply@personio.de")
TIMO = ("Timo Brandl", "timo.brandl@osterholz-medtech.example.de")
TEGEL = ("Ute Schwarzkopf", "u.schwarzkopf@klinik-tegeler-forst.example.de")
SMARTR = ("Institut Montsouris de Recherche Clinique", "noreply@smartrecruiters.com")
MEDILOGIS = ("Medilogis", "no-reply@hire.lever.co")
AMELIE = ("Amélie Rocher", "amelie.rocher@medilogis.example.fr")
SOUFFLE = ("Nathalie Gervais", "n.gervais@souffle-commun.example.org")
CIC = ("Dr Thomas Vasseur", "thomas.vasseur@cic-bastille.example.fr")
HELIANTHE = ("Laure Fontaine", "laure.fontaine@helianthe-labo.example.fr")
OLEGUER_ICIMS = ("Hospital Universitari Sant Oleguer", "santoleguer-noreply@icims.com")
MONTSE = ("Montserrat Vidal", "montserrat.vidal@santoleguer.example.es")
IRBM = ("Xavier Casals", "xavier.casals@irbm.example.es")
LEVANTE_WK = ("Ensayos Levante", "noreply@workablemail.com")
RAQUEL = ("Raquel Ortiz", "raquel.ortiz@ensayoslevante.example.es")
RIUS = ("Dra. Carme Rius", "carme.rius@clinicadiagonal.example.es")
BAIXRIU = ("Pau Ferrer", "pau.ferrer@csbaixriu.example.cat")

SPECS = [
    # ------------------------------------------------------------ ZVF Berlin (SuccessFactors)
    {
        "slug": "zvf_eingang_successfactors",
        "kind": "application_received", "lang": "de",
        "company": "Zentrum für Versorgungsforschung Berlin", "contact": "",
        "date": "2026-01-30 10:14 +0100",
        "frm": SF, "name_enc": ("q", "iso-8859-1"),
        "subject": "Bestätigung: Bewerbung Wissenschaftliche Mitarbeiterin (Kennziffer 2026-03)",
        "text": t("""
            Sehr geehrte Frau Ní Bhriain,

            wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle "Wissenschaftliche*r
            Mitarbeiter*in Digitale Versorgungsdaten (Kennziffer 2026-03, Teilzeit 75 %)".

            Nach Ablauf der Bewerbungsfrist am 20. Februar 2026 prüfen wir alle eingegangenen
            Unterlagen. Bitte sehen Sie von Nachfragen zum Stand des Verfahrens ab; wir
            informieren Sie unaufgefordert.

            Mit freundlichen Grüßen
            Zentrum für Versorgungsforschung Berlin – Personalservice

            Dies ist eine automatisch generierte Nachricht.
            """),
        "cte": "quoted-printable",
    },
    {
        "slug": "zvf_absage_successfactors",
        "kind": "rejection", "lang": "de",
        "company": "Zentrum für Versorgungsforschung Berlin", "contact": "",
        "date": "2026-03-23 15:30 +0100",
        "frm": SF,
        "subject": "Ihre Bewerbung – Kennziffer 2026-03",
        "html": html_page(para_html([
            "Sehr geehrte Frau Ní Bhriain,",
            "vielen Dank für Ihr Interesse an einer Mitarbeit am Zentrum für "
            "Versorgungsforschung Berlin und die Zusendung Ihrer Bewerbungsunterlagen.",
            "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren "
            "Auswahlverfahren nicht berücksichtigen konnten. Diese Entscheidung stellt keine "
            "Wertung Ihrer Qualifikation dar.",
            "Ihre Unterlagen werden nach Abschluss des Verfahrens gemäß den "
            "datenschutzrechtlichen Bestimmungen gelöscht.",
            "Mit freundlichen Grüßen<br>Personalservice",
        ]), brand="Zentrum für Versorgungsforschung Berlin", colour="#3c5a99", lang="de",
            footer="Automatisch versendet über SAP SuccessFactors."),
        "html_cte": "base64",
    },
    # ------------------------------------------------------------ Datavita (Recruitee)
    {
        "slug": "datavita_eingang_recruitee",
        "kind": "application_received", "lang": "de",
        "company": "Datavita", "contact": "",
        "date": "2026-04-13 09:01 +0200",
        "frm": RECRUITEE,
        "subject": "Danke für deine Bewerbung bei Datavita!",
        "text": t("""
            Hi Siobhán,

            danke für deine Bewerbung als Clinical Content Manager (m/w/d) bei Datavita!
            Wir haben deine Unterlagen erhalten und melden uns innerhalb von zwei Wochen.

            Bis bald
            dein Datavita People Team

            Datavita – digitale Pflegedokumentation aus Berlin
            """),
        "html": html_from_text(t("""
            Hi Siobhán,

            danke für deine Bewerbung als Clinical Content Manager (m/w/d) bei Datavita!
            Wir haben deine Unterlagen erhalten und melden uns innerhalb von zwei Wochen.

            Bis bald
            dein Datavita People Team
            """), brand="Datavita", colour="#14a38b", lang="de",
            footer="Datavita – digitale Pflegedokumentation aus Berlin. Powered by Recruitee."),
    },
    {
        "slug": "datavita_nicht_erschienen",
        "kind": "missed_interview_notice", "lang": "de",
        "company": "Datavita", "contact": "jan.petersen@datavita.example.de",
        "date": "2026-04-28 16:19 +0200",
        "frm": JAN,
        "subject": "Unser Call heute um 16 Uhr",
        "text": t("""
            Hi Siobhán,

            wir waren heute um 16:00 Uhr im Zoom-Call für unser Kennenlernen verabredet –
            ich habe eine Viertelstunde gewartet, dich aber leider nicht erreicht. Vielleicht
            ist etwas dazwischengekommen?

            Melde dich gern, wenn du weiterhin Interesse hast, dann finden wir einen neuen
            Termin.

            Viele Grüße
            Jan

            Jan Petersen | Head of Clinical Content | Datavita GmbH
            Schlesische Str. 28, 10997 Berlin
            """),
    },
    {
        "slug": "datavita_intern_besetzt",
        "kind": "rejection", "lang": "de",
        "company": "Datavita", "contact": "jan.petersen@datavita.example.de",
        "date": "2026-05-15 11:45 +0200",
        "frm": ("Jan Petersen via Recruitee", "notifications@recruitee.com"), "reply_to": JAN,
        "subject": "Update zu deiner Bewerbung als Clinical Content Manager",
        "text": t("""
            Hi Siobhán,

            danke nochmal für das nachgeholte Gespräch letzte Woche. Ich wollte dir ehrlich
            Bescheid geben: Wir haben die Stelle inzwischen intern besetzt – eine Kollegin aus
            unserem Customer-Success-Team wechselt in die Rolle. Deshalb können wir deine
            Bewerbung leider nicht weiter berücksichtigen.

            Alles Gute für deine Suche!
            Jan

            Jan Petersen | Head of Clinical Content | Datavita
            """),
    },
    # ------------------------------------------------------------ Stiftung Herzenswege (charity)
    {
        "slug": "herzenswege_stelle_gestrichen",
        "kind": "rejection", "lang": "de",
        "company": "Stiftung Herzenswege", "contact": "k.albers@herzenswege.example.de",
        "date": "2026-06-08 13:37 +0200",
        "frm": ("Katharina Albers", "k.albers@herzenswege.example.de"),
        "subject": "Ihre Bewerbung als Projektkoordinatorin Patientenregister",
        "text": t("""
            Sehr geehrte Frau Ní Bhriain,

            vielen Dank für Ihre Bewerbung als Projektkoordinatorin für unser
            Patientenregister.

            Leider hat unser Hauptförderer die Finanzierung des Registerprojekts für 2027
            nicht verlängert. Der Vorstand hat daher beschlossen, die Stelle zu streichen,
            und wir werden das Auswahlverfahren nicht fortführen. Ihre Bewerbung können wir
            somit nicht weiter berücksichtigen.

            Wir bedauern das sehr und danken Ihnen für Ihr Interesse an unserer Arbeit.

            Mit freundlichen Grüßen
            Katharina Albers
            Geschäftsführung
            Stiftung Herzenswege – für Menschen mit angeborenen Herzfehlern
            Chausseestraße 18, 10115 Berlin
            """),
        "charset": "windows-1252", "cte": "8bit",
    },
    # ------------------------------------------------------------ Osterholz Medizintechnik
    {
        "slug": "osterholz_einladung_video",
        "kind": "interview_invitation", "lang": "de",
        "company": "Osterholz Medizintechnik", "contact": "",
        "date": "2026-07-20 10:10 +0200",
        "frm": OSTERHOLZ,
        "subject": "Einladung zum Videointerview – Clinical Evaluation Specialist",
        "html": html_page(para_html([
            "Hallo Siobhán Ní Bhriain,",
            "vielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Videointerview "
            "(ca. 45 Minuten) einladen.",
            "<b>Termin:</b> Montag, 27. Juli 2026, 09:00 Uhr<br><b>Plattform:</b> Microsoft "
            "Teams – den Link finden Sie in der angehängten Kalendereinladung.",
            "Bitte bestätigen Sie den Termin über Ihr Bewerberportal.",
            "Viele Grüße<br>Ihr Recruiting-Team der Osterholz Medizintechnik GmbH",
        ]), brand="Osterholz Medizintechnik", colour="#264653", lang="de",
            footer="Diese Nachricht wurde automatisch über Personio versendet. Antworten auf "
                   "diese Adresse werden nicht gelesen."),
        "html_cte": "quoted-printable",
        "ics": {"method": "REQUEST", "mode": "attach", "filename": "einladung.ics",
                "body": ics(method="REQUEST", uid="personio-osterholz-55021@personio.de", seq=0,
                            start="20260727T090000", end="20260727T094500", tz="Europe/Berlin",
                            summary="Videointerview Clinical Evaluation Specialist",
                            organizer=OSTERHOLZ, location="Microsoft Teams",
                            stamp="20260720T081000Z", prodid="-//Personio//Recruiting//DE")},
    },
    {
        "slug": "osterholz_nicht_angetroffen",
        "kind": "missed_interview_notice", "lang": "de",
        "company": "Osterholz Medizintechnik",
        "contact": "timo.brandl@osterholz-medtech.example.de",
        "date": "2026-07-27 09:40 +0200",
        "frm": ("Timo Brandl über Personio", "osterholz-noreply@personio.de"), "reply_to": TIMO,
        "subject": "Videointerview heute 09:00 Uhr – wir haben Sie verpasst",
        "text": t("""
            Hallo Frau Ní Bhriain,

            wir haben heute um 09:00 Uhr im Teams-Meeting auf Sie gewartet, Sie aber leider
            nicht angetroffen. Gab es technische Probleme?

            Wenn Sie weiterhin Interesse an der Position haben, antworten Sie bitte bis
            Mittwoch auf diese E-Mail, dann schlagen wir Ihnen einen Ersatztermin vor.

            Freundliche Grüße
            Timo Brandl
            Talent Acquisition | Osterholz Medizintechnik GmbH
            """),
        "name_enc": ("b", "utf-8"),
    },
    {
        "slug": "osterholz_absage",
        "kind": "rejection", "lang": "de",
        "company": "Osterholz Medizintechnik",
        "contact": "timo.brandl@osterholz-medtech.example.de",
        "date": "2026-08-19 14:02 +0200",
        "frm": TIMO,
        "subject": "Absage – Clinical Evaluation Specialist",
        "text": t("""
            Hallo Frau Ní Bhriain,

            vielen Dank, dass Sie sich nach dem verpassten Termin noch einmal Zeit für das
            Interview mit uns genommen haben. Leider müssen wir Ihnen mitteilen, dass wir uns
            für eine andere Bewerberin entschieden haben, die bereits klinische Bewertungen
            nach MDR Anhang XIV verfasst hat.

            Wir wünschen Ihnen für Ihren weiteren Weg viel Erfolg.

            Freundliche Grüße
            Timo Brandl
            Talent Acquisition | Osterholz Medizintechnik GmbH
            Am Flugplatz 7, 27711 Osterholz-Scharmbeck
            """),
        "cte": "base64",
    },
    # ------------------------------------------------------------ Klinik am Tegeler Forst
    {
        "slug": "tegeler_forst_telefoninterview",
        "kind": "interview_invitation", "lang": "de",
        "company": "Klinik am Tegeler Forst",
        "contact": "u.schwarzkopf@klinik-tegeler-forst.example.de",
        "date": "2026-08-26 12:03 +0200",
        "frm": TEGEL,
        "subject": "Telefoninterview Study Nurse Pneumologie",
        "text": t("""
            Sehr geehrte Frau Ní Bhriain,

            gern möchten wir Sie im Rahmen Ihrer Bewerbung als Study Nurse in unserer
            pneumologischen Studienambulanz in einem ersten Telefoninterview kennenlernen.

            Wir schlagen Donnerstag, den 3. September 2026, um 14:00 Uhr vor. Frau Dr. Lang
            ruft Sie unter der in Ihrer Bewerbung angegebenen Nummer an. Eine
            Kalendereinladung liegt bei.

            Mit freundlichen Grüßen
            Ute Schwarzkopf
            Personalabteilung, Klinik am Tegeler Forst
            Karolinenstraße 40, 13507 Berlin
            """),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="tegel-sn-0903@klinik-tegeler-forst.example.de", seq=0,
            start="20260903T140000", end="20260903T143000", tz="Europe/Berlin",
            summary="Telefoninterview Study Nurse (Frau Ní Bhriain)", organizer=TEGEL,
            location="Telefon", stamp="20260826T100300Z")},
    },
    {
        "slug": "tegeler_forst_termin_abgesagt",
        "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Klinik am Tegeler Forst",
        "contact": "u.schwarzkopf@klinik-tegeler-forst.example.de",
        "date": "2026-09-01 17:25 +0200",
        "frm": TEGEL,
        "subject": "Abgesagt: Telefoninterview Study Nurse Pneumologie",
        "text": t("""
            Sehr geehrte Frau Ní Bhriain,

            leider müssen wir das für Donnerstag, 3. September, geplante Telefoninterview
            absagen, da Frau Dr. Lang kurzfristig erkrankt ist. Wir melden uns
            schnellstmöglich mit einem neuen Terminvorschlag bei Ihnen.

            Wir bitten um Ihr Verständnis.

            Mit freundlichen Grüßen
            Ute Schwarzkopf
            Personalabteilung, Klinik am Tegeler Forst
            """),
        "ics": {"method": "CANCEL", "body": ics(
            method="CANCEL", uid="tegel-sn-0903@klinik-tegeler-forst.example.de", seq=1,
            start="20260903T140000", end="20260903T143000", tz="Europe/Berlin",
            summary="Telefoninterview Study Nurse (Frau Ní Bhriain)", organizer=TEGEL,
            location="Telefon", stamp="20260901T152500Z")},
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------ IMRC (SmartRecruiters)
    {
        "slug": "imrc_accuse_smartrecruiters",
        "kind": "application_received", "lang": "fr",
        "company": "Institut Montsouris de Recherche Clinique", "contact": "",
        "date": "2026-02-06 13:20 +0000",
        "frm": SMARTR,
        "subject": "Nous avons bien reçu votre candidature",
        "text": t("""
            Bonjour Siobhán,

            Merci d'avoir postulé au poste de Technicienne d'études cliniques (TEC) –
            CDD 18 mois à l'Institut Montsouris de Recherche Clinique.

            Nous avons bien reçu votre candidature. Notre équipe l'étudiera avec attention et
            reviendra vers vous dans les meilleurs délais.

            Cordialement,
            L'équipe Recrutement
            Institut Montsouris de Recherche Clinique
            """),
        "html": html_from_text(t("""
            Bonjour Siobhán,

            Merci d'avoir postulé au poste de Technicienne d'études cliniques (TEC) –
            CDD 18 mois à l'Institut Montsouris de Recherche Clinique.

            Nous avons bien reçu votre candidature. Notre équipe l'étudiera avec attention et
            reviendra vers vous dans les meilleurs délais.

            Cordialement,
            L'équipe Recrutement
            Institut Montsouris de Recherche Clinique
            """), brand="IMRC", lang="fr", footer="Propulsé par SmartRecruiters"),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
        "subj_enc": ("q", "iso-8859-1"),
    },
    {
        "slug": "imrc_refus_smartrecruiters",
        "kind": "rejection", "lang": "fr",
        "company": "Institut Montsouris de Recherche Clinique", "contact": "",
        "date": "2026-03-04 08:45 +0000",
        "frm": SMARTR,
        "subject": "Votre candidature – Technicienne d'études cliniques (TEC)",
        "text": t("""
            Bonjour Siobhán,

            Nous vous remercions pour l'intérêt que vous portez à l'Institut Montsouris de
            Recherche Clinique.

            Après une étude attentive de votre dossier, nous sommes au regret de vous
            informer que nous ne pouvons pas y donner une suite favorable. D'autres
            candidatures correspondaient davantage aux exigences du poste, notamment en
            matière d'expérience des essais académiques français.

            Nous conservons votre CV dans notre vivier, sauf opposition de votre part.

            Cordialement,
            L'équipe Recrutement
            """),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    # ------------------------------------------------------------ Medilogis (Lever)
    {
        "slug": "medilogis_accuse_lever",
        "kind": "application_received", "lang": "fr",
        "company": "Medilogis", "contact": "",
        "date": "2026-05-18 07:50 +0000",
        "frm": MEDILOGIS,
        "subject": "Medilogis – candidature reçue : Consultante clinique (Paris)",
        "text": t("""
            Bonjour Siobhán,

            Merci pour votre candidature au poste de Consultante clinique chez Medilogis !
            Elle a bien été transmise à l'équipe de recrutement.

            Medilogis édite le dossier de soins infirmiers informatisé utilisé par plus de
            200 établissements en France. Nous revenons vers vous sous dix jours.

            À très vite,
            L'équipe Talents de Medilogis
            """),
    },
    {
        "slug": "medilogis_entretien_visio",
        "kind": "interview_invitation", "lang": "fr",
        "company": "Medilogis", "contact": "amelie.rocher@medilogis.example.fr",
        "date": "2026-05-26 15:12 +0200",
        "frm": ("Amélie Rocher de Medilogis", "no-reply@hire.lever.co"), "reply_to": AMELIE,
        "name_enc": ("q", "windows-1252"),
        "subject": "Entretien visio – Consultante clinique",
        "text": t("""
            Bonjour Siobhán,

            Votre profil nous plaît beaucoup ! Je vous propose un premier entretien en visio
            de 45 minutes avec Julien Mercier, responsable de l'équipe déploiement, le lundi
            1er juin à 10h00 (heure de Paris).

            Vous trouverez l'invitation en pièce jointe. N'hésitez pas à me répondre
            directement si le créneau ne vous convient pas.

            Belle journée,
            Amélie Rocher
            Chargée de recrutement – Medilogis
            """),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="lever-medilogis-7781@medilogis.example.fr", seq=0,
            start="20260601T100000", end="20260601T104500", tz="Europe/Paris",
            summary="Entretien Medilogis – Siobhán Ní Bhriain", organizer=AMELIE,
            location="Google Meet", stamp="20260526T131200Z")},
    },
    {
        "slug": "medilogis_decalage",
        "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Medilogis", "contact": "amelie.rocher@medilogis.example.fr",
        "date": "2026-05-29 11:06 +0200",
        "frm": AMELIE, "parent": "medilogis_entretien_visio", "quote": "fr",
        "subject": "Re: Entretien visio – Consultante clinique",
        "text": t("""
            Bonjour Siobhán,

            Petit changement : Julien sera en déploiement à Lille lundi. Pouvons-nous décaler
            l'entretien au mercredi 3 juin, même heure ? J'ai mis à jour l'invitation.

            Merci de votre souplesse !
            Amélie
            """),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="lever-medilogis-7781@medilogis.example.fr", seq=1,
            start="20260603T100000", end="20260603T104500", tz="Europe/Paris",
            summary="Entretien Medilogis – Siobhán Ní Bhriain", organizer=AMELIE,
            location="Google Meet", stamp="20260529T090600Z")},
    },
    {
        "slug": "medilogis_poste_pourvu",
        "kind": "rejection", "lang": "fr",
        "company": "Medilogis", "contact": "amelie.rocher@medilogis.example.fr",
        "date": "2026-06-19 16:33 +0200",
        "frm": ("Amélie Rocher de Medilogis", "no-reply@hire.lever.co"), "reply_to": AMELIE,
        "subject": "Votre candidature chez Medilogis",
        "text": t("""
            Bonjour Siobhán,

            Merci encore pour vos échanges avec Julien et l'équipe. Je reviens vers vous pour
            vous informer que le poste de Consultante clinique a été pourvu. Nous ne
            pourrons donc pas poursuivre le processus avec vous.

            Ce fut un réel plaisir de vous rencontrer, et nous vous souhaitons une belle
            continuation.

            Amélie
            """),
    },
    # ------------------------------------------------------------ Souffle Commun (charity)
    {
        "slug": "souffle_commun_accuse",
        "kind": "application_received", "lang": "fr",
        "company": "Souffle Commun", "contact": "n.gervais@souffle-commun.example.org",
        "date": "2026-06-22 10:02 +0200",
        "frm": SOUFFLE,
        "subject": "Candidature – chargée de mission recherche patients",
        "text": t("""
            Bonjour Madame,

            Nous avons bien reçu votre candidature au poste de chargée de mission recherche
            patients et nous vous en remercions.

            Notre association étant une petite structure, nous ne pourrons malheureusement
            pas répondre individuellement à chaque candidature. Les personnes retenues pour
            un entretien seront contactées avant le 15 juillet.

            Bien à vous,
            Nathalie Gervais
            Déléguée générale – Association Souffle Commun
            """),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "slug": "souffle_commun_suspendu",
        "kind": "rejection", "lang": "fr",
        "company": "Souffle Commun", "contact": "n.gervais@souffle-commun.example.org",
        "date": "2026-07-21 12:15 +0200",
        "frm": SOUFFLE,
        "subject": "Suspension du recrutement – chargée de mission recherche patients",
        "text": t("""
            Bonjour Madame,

            Je reviens vers vous au sujet de votre candidature. Suite au retrait d'un de nos
            financeurs, le conseil d'administration a décidé de suspendre ce recrutement
            jusqu'à nouvel ordre. Nous ne donnerons donc pas suite aux candidatures reçues,
            dont la vôtre.

            Nous sommes sincèrement désolés et vous remercions de l'intérêt porté à notre
            association.

            Bien à vous,
            Nathalie Gervais
            Déléguée générale, Association Souffle Commun
            """),
        "html": html_from_text(t("""
            Bonjour Madame,

            Je reviens vers vous au sujet de votre candidature. Suite au retrait d'un de nos
            financeurs, le conseil d'administration a décidé de suspendre ce recrutement
            jusqu'à nouvel ordre. Nous ne donnerons donc pas suite aux candidatures reçues,
            dont la vôtre.

            Nous sommes sincèrement désolés et vous remercions de l'intérêt porté à notre
            association.

            Bien à vous,
            Nathalie Gervais
            """), lang="fr"),
        "charset": "iso-8859-1", "cte": "quoted-printable", "html_charset": "utf-8",
    },
    # ------------------------------------------------------------ CIC Bastille
    {
        "slug": "cic_bastille_journee",
        "kind": "interview_invitation", "lang": "fr",
        "company": "CIC Bastille", "contact": "thomas.vasseur@cic-bastille.example.fr",
        "date": "2026-09-07 09:25 +0200",
        "frm": CIC,
        "subject": "Invitation – demi-journée d'évaluation, poste d'infirmière de recherche",
        "text": t("""
            Madame,

            Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à une
            demi-journée d'évaluation pour le poste d'infirmière de recherche clinique au
            Centre d'investigation clinique Bastille :

            – mardi 15 septembre 2026, de 9h00 à 12h30
            – CIC Bastille, 4 rue de la Roquette, 75011 Paris, 2e étage
            – mise en situation (consentement éclairé, gestion d'un EIG), puis entretien

            Une invitation calendrier est jointe. Merci de confirmer votre venue.

            Bien cordialement,
            Dr Thomas Vasseur
            Médecin coordonnateur, CIC Bastille
            """),
        "html": html_from_text(t("""
            Madame,

            Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à une
            demi-journée d'évaluation pour le poste d'infirmière de recherche clinique au
            Centre d'investigation clinique Bastille :

            – mardi 15 septembre 2026, de 9h00 à 12h30
            – CIC Bastille, 4 rue de la Roquette, 75011 Paris, 2e étage
            – mise en situation (consentement éclairé, gestion d'un EIG), puis entretien

            Une invitation calendrier est jointe. Merci de confirmer votre venue.

            Bien cordialement,
            Dr Thomas Vasseur
            Médecin coordonnateur, CIC Bastille
            """), lang="fr", brand="CIC Bastille", colour="#003f88"),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="cic-bastille-eval-0915@cic-bastille.example.fr", seq=0,
            start="20260915T090000", end="20260915T123000", tz="Europe/Paris",
            summary="Demi-journée d'évaluation – S. Ní Bhriain", organizer=CIC,
            location="CIC Bastille, 4 rue de la Roquette, 75011 Paris",
            stamp="20260907T072500Z")},
    },
    {
        "slug": "cic_bastille_annulation",
        "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "CIC Bastille", "contact": "thomas.vasseur@cic-bastille.example.fr",
        "date": "2026-09-11 18:40 +0200",
        "frm": CIC,
        "subject": "Annulé : demi-journée d'évaluation du 15 septembre",
        "text": t("""
            Madame,

            En raison d'un mouvement de grève annoncé à l'hôpital le 15 septembre, nous
            sommes contraints d'annuler la demi-journée d'évaluation prévue ce jour-là. Nous
            vous proposerons une nouvelle date très prochainement.

            Veuillez nous excuser pour ce désagrément.

            Dr Thomas Vasseur
            """),
        "ics": {"method": "CANCEL", "body": ics(
            method="CANCEL", uid="cic-bastille-eval-0915@cic-bastille.example.fr", seq=1,
            start="20260915T090000", end="20260915T123000", tz="Europe/Paris",
            summary="Demi-journée d'évaluation – S. Ní Bhriain", organizer=CIC,
            location="CIC Bastille, 4 rue de la Roquette, 75011 Paris",
            stamp="20260911T164000Z")},
    },
    # ------------------------------------------------------------ Laboratoire Hélianthe
    {
        "slug": "helianthe_entretien_tel",
        "kind": "interview_invitation", "lang": "fr",
        "company": "Laboratoires Hélianthe", "contact": "laure.fontaine@helianthe-labo.example.fr",
        "date": "2026-09-14 11:11 +0200",
        "frm": HELIANTHE,
        "subject": "Entretien téléphonique – Chef de projet études cliniques",
        "text": t("""
            Bonjour Siobhán,

            Je suis Laure Fontaine, responsable des opérations cliniques aux Laboratoires
            Hélianthe. Nous aimerions échanger avec vous lors d'un entretien téléphonique de
            30 minutes, le vendredi 18 septembre à 15h00.

            Je vous appellerai au numéro indiqué sur votre CV. Merci de me confirmer que ce
            créneau vous convient.

            Cordialement,
            Laure Fontaine
            Laboratoires Hélianthe – 27 avenue du Général Leclerc, 92100 Boulogne-Billancourt
            """),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "slug": "helianthe_pas_joignable",
        "kind": "missed_interview_notice", "lang": "fr",
        "company": "Laboratoires Hélianthe", "contact": "laure.fontaine@helianthe-labo.example.fr",
        "date": "2026-09-18 15:24 +0200",
        "frm": HELIANTHE, "parent": "helianthe_entretien_tel", "quote": "fr",
        "subject": "Re: Entretien téléphonique – Chef de projet études cliniques",
        "text": t("""
            Bonjour Siobhán,

            J'ai tenté de vous joindre à 15h00 comme convenu, puis à 15h10, sans succès ; je
            vous ai laissé un message vocal.

            Si vous êtes toujours intéressée, dites-moi quand vous rappeler.

            Cordialement,
            Laure Fontaine
            """),
    },
    # ------------------------------------------------------------ Sant Oleguer (iCIMS)
    {
        "slug": "santoleguer_acuse_icims",
        "kind": "application_received", "lang": "es",
        "company": "Hospital Universitari Sant Oleguer", "contact": "",
        "date": "2026-04-20 08:00 +0000",
        "frm": OLEGUER_ICIMS,
        "subject": "Confirmación de candidatura – Enfermera/o de Investigación (ref. 26-0771)",
        "text": t("""
            Estimada Siobhán:

            Le confirmamos que hemos recibido correctamente su candidatura para la plaza de
            Enfermera/o de Investigación Clínica, Unidad de Ensayos de Fase I (ref. 26-0771).

            El proceso de selección se realizará conforme a las bases publicadas. Debido al
            elevado número de solicitudes, solo nos pondremos en contacto con las personas
            preseleccionadas.

            Atentamente,
            Departamento de Personas
            Hospital Universitari Sant Oleguer

            Este mensaje se ha generado automáticamente. Por favor, no responda.
            """),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "santoleguer_invitacion",
        "kind": "interview_invitation", "lang": "es",
        "company": "Hospital Universitari Sant Oleguer", "contact": "",
        "date": "2026-05-07 10:30 +0000",
        "frm": OLEGUER_ICIMS,
        "subject": "Convocatoria a entrevista – ref. 26-0771",
        "html": html_page(para_html([
            "Estimada Siobhán:",
            "Nos complace convocarle a una entrevista para la plaza de <b>Enfermera/o de "
            "Investigación Clínica</b> (ref. 26-0771).",
            "<b>Fecha:</b> jueves 14 de mayo de 2026<br><b>Hora:</b> 11:00<br><b>Lugar:</b> "
            "videollamada (Microsoft Teams); recibirá el enlace 24 h antes.",
            "Le rogamos que confirme su asistencia desde el portal del candidato.",
            "Atentamente,<br>Departamento de Personas<br>Hospital Universitari Sant Oleguer",
        ]), brand="Hospital Universitari Sant Oleguer", colour="#00796b", lang="es",
            footer="Mensaje generado automáticamente por iCIMS. No responda a este correo."),
        "html_cte": "base64",
    },
    {
        "slug": "santoleguer_no_se_presento",
        "kind": "missed_interview_notice", "lang": "es",
        "company": "Hospital Universitari Sant Oleguer",
        "contact": "montserrat.vidal@santoleguer.example.es",
        "date": "2026-05-14 11:38 +0200",
        "frm": MONTSE,
        "subject": "Entrevista de hoy – ref. 26-0771",
        "text": t("""
            Estimada Siobhán:

            Hoy a las 11:00 le esperábamos en la videollamada de Teams para la entrevista de
            la plaza de Enfermera/o de Investigación Clínica, pero no se ha conectado. La
            comisión ha esperado quince minutos.

            Si ha tenido algún problema técnico, le ruego que me lo indique antes del viernes.

            Un cordial saludo,
            Montserrat Vidal
            Técnica de Selección – Departamento de Personas
            Hospital Universitari Sant Oleguer · Ronda del Guinardó 99 · 08041 Barcelona
            """),
    },
    {
        "slug": "santoleguer_rechazo",
        "kind": "rejection", "lang": "es",
        "company": "Hospital Universitari Sant Oleguer", "contact": "",
        "date": "2026-06-05 09:10 +0000",
        "frm": OLEGUER_ICIMS,
        "subject": "Resolución del proceso de selección – ref. 26-0771",
        "text": t("""
            Estimada Siobhán:

            Le agradecemos su participación en el proceso de selección para la plaza de
            Enfermera/o de Investigación Clínica (ref. 26-0771).

            Lamentamos comunicarle que, una vez finalizado el proceso, su candidatura no ha
            sido seleccionada. Guardaremos sus datos en nuestra bolsa de trabajo durante
            12 meses, salvo que nos indique lo contrario.

            Atentamente,
            Departamento de Personas
            Hospital Universitari Sant Oleguer
            """),
        "cte": "8bit",
    },
    # ------------------------------------------------------------ IRBM (research institute)
    {
        "slug": "irbm_acuse_humano",
        "kind": "application_received", "lang": "es",
        "company": "Institut de Recerca Biomèdica Montjuïc",
        "contact": "xavier.casals@irbm.example.es",
        "date": "2026-03-30 12:25 +0200",
        "frm": IRBM,
        "subject": "RE: Candidatura – Gestora de datos clínicos (IRBM-2026-12)",
        "text": t("""
            Hola Siobhán:

            Gracias por tu candidatura para la plaza de Gestora de datos clínicos
            (IRBM-2026-12). La hemos recibido correctamente y la valoraremos junto con el
            resto cuando cierre la convocatoria, el 17 de abril.

            Un saludo,
            Xavier Casals
            Oficina de Ensayos Clínicos
            Institut de Recerca Biomèdica Montjuïc
            """),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "slug": "irbm_plaza_cubierta",
        "kind": "rejection", "lang": "es",
        "company": "Institut de Recerca Biomèdica Montjuïc",
        "contact": "xavier.casals@irbm.example.es",
        "date": "2026-05-20 17:50 +0200",
        "frm": IRBM,
        "subject": "Convocatoria IRBM-2026-12 – plaza cubierta",
        "text": t("""
            Hola Siobhán:

            Te escribo para informarte de que la plaza de Gestora de datos clínicos
            (IRBM-2026-12) ya ha sido cubierta, por lo que no podremos seguir adelante con tu
            candidatura.

            Te agradecemos mucho el interés y te animamos a estar atenta a futuras
            convocatorias del instituto.

            Un saludo cordial,
            Xavier Casals
            Oficina de Ensayos Clínicos
            Institut de Recerca Biomèdica Montjuïc
            """),
        "charset": "iso-8859-1", "cte": "base64",
    },
    # ------------------------------------------------------------ Ensayos Levante (Workable)
    {
        "slug": "levante_acuse_workable",
        "kind": "application_received", "lang": "es",
        "company": "Ensayos Levante", "contact": "",
        "date": "2026-07-06 14:44 +0000",
        "frm": LEVANTE_WK,
        "subject": "Hemos recibido tu candidatura – CRA Junior (Barcelona)",
        "text": t("""
            Hola Siobhán:

            Gracias por presentar tu candidatura al puesto de CRA Junior (Barcelona) en
            Ensayos Levante. Nuestro equipo de selección la revisará en los próximos días.

            Saludos,
            Equipo de Selección de Ensayos Levante
            """),
        "html": html_from_text(t("""
            Hola Siobhán:

            Gracias por presentar tu candidatura al puesto de CRA Junior (Barcelona) en
            Ensayos Levante. Nuestro equipo de selección la revisará en los próximos días.

            Saludos,
            Equipo de Selección de Ensayos Levante
            """), brand="Ensayos Levante", colour="#f4a261", lang="es",
            footer="Enviado con Workable"),
    },
    {
        "slug": "levante_te_esperamos",
        "kind": "missed_interview_notice", "lang": "es",
        "company": "Ensayos Levante", "contact": "raquel.ortiz@ensayoslevante.example.es",
        "date": "2026-07-17 10:32 +0200",
        "frm": RAQUEL,
        "subject": "¿Todo bien? Te esperábamos a las 10:00",
        "text": t("""
            Hola Siobhán:

            Te estuvimos esperando en la videollamada de las 10:00 para la entrevista de CRA
            Junior, pero no llegaste a conectarte. ¿Ha pasado algo?

            Si quieres, podemos intentar reprogramarla la semana que viene; dime qué días te
            vienen bien.

            Saludos,
            Raquel Ortiz
            Clinical Operations Manager · Ensayos Levante
            """),
    },
    {
        "slug": "levante_proceso_cancelado",
        "kind": "rejection", "lang": "es",
        "company": "Ensayos Levante", "contact": "raquel.ortiz@ensayoslevante.example.es",
        "date": "2026-08-05 13:05 +0200",
        "frm": RAQUEL,
        "subject": "Proceso CRA Junior cancelado",
        "text": t("""
            Hola Siobhán:

            Lamento comunicarte que el promotor del estudio para el que buscábamos el CRA
            Junior ha cancelado el proyecto en España. Como consecuencia, hemos cerrado el
            proceso de selección y no continuaremos con ninguna candidatura, incluida la tuya.

            Muchas gracias por tu tiempo y disculpa las molestias.

            Saludos,
            Raquel Ortiz
            Clinical Operations Manager · Ensayos Levante
            """),
        "charset": "windows-1252", "cte": "8bit",
    },
    # ------------------------------------------------------------ Clínica Diagonal
    {
        "slug": "clinica_diagonal_rechazo",
        "kind": "rejection", "lang": "es",
        "company": "Clínica Diagonal", "contact": "carme.rius@clinicadiagonal.example.es",
        "date": "2026-07-30 19:02 +0200",
        "frm": RIUS,
        "subject": "Su entrevista en Clínica Diagonal",
        "text": t("""
            Estimada Sra. Ní Bhriain:

            Gracias por visitarnos la semana pasada y por su interés en la Unidad de Fase I
            de Clínica Diagonal. Hemos valorado con detenimiento todas las entrevistas y,
            aunque su perfil es muy sólido, hemos optado por otra candidata con experiencia
            previa en unidades de fase I.

            Le deseamos mucha suerte en su carrera profesional.

            Atentamente,
            Dra. Carme Rius
            Directora de la Unidad de Fase I – Clínica Diagonal
            Av. Diagonal 555, 08029 Barcelona
            """),
        "html": html_from_text(t("""
            Estimada Sra. Ní Bhriain:

            Gracias por visitarnos la semana pasada y por su interés en la Unidad de Fase I
            de Clínica Diagonal. Hemos valorado con detenimiento todas las entrevistas y,
            aunque su perfil es muy sólido, hemos optado por otra candidata con experiencia
            previa en unidades de fase I.

            Le deseamos mucha suerte en su carrera profesional.

            Atentamente,
            Dra. Carme Rius
            Directora de la Unidad de Fase I – Clínica Diagonal
            Av. Diagonal 555, 08029 Barcelona
            """), lang="es"),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
    },
    # ------------------------------------------------------------ Consorci Sanitari Baix Riu
    {
        "slug": "baixriu_videoentrevista",
        "kind": "interview_invitation", "lang": "es",
        "company": "Consorci Sanitari Baix Riu", "contact": "pau.ferrer@csbaixriu.example.cat",
        "date": "2026-09-09 09:48 +0200",
        "frm": BAIXRIU,
        "subject": "Videoentrevista – Técnico/a de Sistemas de Información Clínica",
        "text": t("""
            Hola Siobhán:

            Gracias por tu interés en el Consorci Sanitari Baix Riu. Nos gustaría hacerte una
            videoentrevista para la plaza de Técnico/a de Sistemas de Información Clínica.

            Te propongo el lunes 21 de septiembre a las 16:00. Participarán la jefa de
            Sistemas, Núria Serra, y yo. La entrevista será en castellano, con alguna
            pregunta en inglés.

            ¿Me confirmas si te va bien?

            Salut,
            Pau Ferrer
            Responsable de Selección · Consorci Sanitari Baix Riu
            """),
    },
    {
        "slug": "baixriu_aplazada",
        "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Consorci Sanitari Baix Riu", "contact": "pau.ferrer@csbaixriu.example.cat",
        "date": "2026-09-17 13:20 +0200",
        "frm": BAIXRIU, "parent": "baixriu_videoentrevista", "quote": "es",
        "subject": "RE: Videoentrevista – Técnico/a de Sistemas de Información Clínica",
        "text": t("""
            Hola Siobhán:

            Tenemos que aplazar la entrevista del lunes: estamos en plena migración del
            sistema de historia clínica y Núria no podrá estar. Te escribiré la semana que
            viene con una nueva fecha, probablemente a principios de octubre.

            Disculpa las molestias.

            Pau
            """),
    },
]
