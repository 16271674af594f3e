"""interview_invitation: interviews, calls, video screens, assessment centre, trial days."""

from __future__ import annotations

from msgs307_common import Spec, html, m

K = "interview_invitation"

SPECS: list[Spec] = [
    m(K, "de", "helvia_invite", ("Anna Zürcher", "anna.zuercher@helvia.example.ch"),
      "Einladung zum Vorstellungsgespräch – Case Managerin Krankentaggeld", "2026-02-16 10:12 +0100",
      """
Guten Tag Frau Baumgartner

Vielen Dank für Ihre Bewerbung. Ihr Dossier hat uns überzeugt und wir möchten Sie gerne
persönlich kennenlernen.

Gerne laden wir Sie zu einem ersten Gespräch ein:

Dienstag, 24. Februar 2026, 10.00 – 11.00 Uhr
Helvia Krankenversicherung, Laupenstrasse 40, 3008 Bern, Empfang 2. OG
Gesprächspartnerinnen: Corinne Wyss (Teamleiterin Case Management) und ich

Eine Kalendereinladung liegt bei. Bitte bestätigen Sie den Termin kurz per E-Mail.

Freundliche Grüsse

Anna Zürcher
HR Business Partnerin
Helvia Krankenversicherung
Tel. +41 31 388 42 17
""", company="Helvia Krankenversicherung", contact="anna.zuercher@helvia.example.ch",
      key="h_inv", parent="h_ack", fmt="cal", name_enc=("q", "utf-8"),
      ics={"uid": "helvia-4471-r1@helvia.example.ch", "seq": 0, "start": "20260224T100000",
           "end": "20260224T110000", "summary": "Vorstellungsgespräch Lena Baumgartner",
           "location": "Helvia, Laupenstrasse 40, Bern"}),

    m(K, "de", "helvia_invite2", ("Anna Zürcher", "anna.zuercher@helvia.example.ch"),
      "AW: Dankeschön für das Gespräch", "2026-03-09 14:47 +0100",
      """
Liebe Frau Baumgartner

Herzlichen Dank für Ihre Nachricht – die Freude war ganz auf unserer Seite. Wir würden Sie
gerne zu einem zweiten Gespräch einladen, diesmal mit Herrn Markus Gerber (Leiter
Leistungen) und einer kurzen Fallbearbeitung (ca. 30 Minuten).

Vorschlag: Montag, 16. März 2026, 13.30 Uhr, wiederum bei uns an der Laupenstrasse 40.
Passt Ihnen das? Sonst schlagen Sie mir gerne zwei Alternativen vor.

Beste Grüsse
Anna Zürcher
""", company="Helvia Krankenversicherung", contact="anna.zuercher@helvia.example.ch",
      key="h_inv2", parent="h_thanks", quote=True, name_enc=("b", "utf-8")),

    m(K, "de", "bergsonne_invite", ("Ursula Kälin", "ursula.kaelin@bergsonne.example.ch"),
      "Einladung Schnuppertag und Gespräch", "2026-02-26 08:55 +0100",
      """
Liebe Frau Baumgartner

Ihre Bewerbung hat uns sehr gefreut. Wir möchten Sie gerne zu einem Schnuppertag auf
unserer muskuloskelettalen Rehabilitation einladen, mit anschliessendem Gespräch mit mir
und unserem Leiter Fallmanagement.

Datum: Donnerstag, 12. März 2026
Zeit: 07.30 Uhr bis ca. 15.00 Uhr (Gespräch ab 14.00 Uhr)
Treffpunkt: Empfang Haupthaus, bitte Berufskleidung und Ausweis mitbringen

Die Fahrkosten ab Bern übernehmen wir. Bitte geben Sie mir bis Ende Woche Bescheid.

Herzliche Grüsse
Ursula Kälin
Leiterin Pflege
Rehaklinik Bergsonne | Seestrasse 12 | 3800 Interlaken
T +41 33 826 51 00
""", company="Rehaklinik Bergsonne", contact="ursula.kaelin@bergsonne.example.ch",
      key="b_inv", parent="b_ack", quote=True, name_enc=("q", "iso-8859-1"),
      charset="iso-8859-1", cte="quoted-printable"),

    m(K, "de", "sanacura_invite", ("Sanacura Krankenkasse", "sanacura@myworkday.com"),
      "Einladung zum Videointerview – Fachspezialistin Leistungsmanagement", "2026-03-02 09:31 +0100",
      """
Hallo Lena

Wir freuen uns, Sie zu einem Videointerview über Microsoft Teams einzuladen.

Termin: Dienstag, 10. März 2026, 14.00–14.45 Uhr
Teilnehmende: Sabine Meier (Recruiterin), Dr. Patrick Huber (Teamleiter)
Link: https://teams.example.net/meet/sanacura-r20931

Bitte bestätigen Sie den Termin in Ihrem Kandidatenkonto oder antworten Sie direkt Sabine
Meier.

Beste Grüsse
Talent Acquisition Sanacura
""", company="Sanacura", contact="sabine.meier@sanacura.example.ch",
      reply_to=("Sabine Meier", "sabine.meier@sanacura.example.ch"), key="s_inv",
      parent="s_ack", fmt="cal",
      ics={"uid": "R-20931-INT1@myworkday.com", "seq": 0, "start": "20260310T140000",
           "end": "20260310T144500", "summary": "Videointerview Sanacura – L. Baumgartner",
           "location": "Microsoft Teams", "organizer": ("Sabine Meier",
                                                        "sabine.meier@sanacura.example.ch")}),

    m(K, "de", "alpina_ac", ("Reto Bühlmann", "reto.buehlmann@alpina-uv.example.ch"),
      "Einladung Assessment Center Case Management, 8. April", "2026-03-23 16:08 +0100",
      """
Sehr geehrte Frau Baumgartner,

nach Durchsicht Ihrer Unterlagen freuen wir uns, Sie zu unserem halbtägigen Assessment
Center für angehende Case Managerinnen und Case Manager einzuladen.

Mittwoch, 8. April 2026, 08.15 – 12.30 Uhr
Alpina Unfallversicherung, Pilatusstrasse 21, 6003 Luzern

Das Programm mit allen Übungen (Fallvignette, Rollenspiel Erstgespräch, Interview) finden
Sie im Anhang. Bitte bestätigen Sie Ihre Teilnahme bis 30. März.

Freundliche Grüsse
Reto Bühlmann
Recruiting & Employer Branding
Alpina Unfallversicherung
""", company="Alpina Unfallversicherung", contact="reto.buehlmann@alpina-uv.example.ch",
      key="a_inv", parent="a_ack", fmt="mixed", name_enc=("q", "iso-8859-1"),
      pdfs=[("Programm_Assessment_Center_8_April.pdf",
             ["Alpina Unfallversicherung - Assessment Center Case Management",
              "Mittwoch, 8. April 2026, Pilatusstrasse 21, Luzern",
              "08.15 Begruessung", "08.45 Fallvignette", "10.15 Rollenspiel Erstgespraech",
              "11.30 Interview", "12.30 Abschluss"])]),

    m(K, "de", "schwarzwald_invite", ("Schwarzwald Krankenkasse", "noreply@personio.de"),
      "Einladung zum Kennenlernen (Video-Call)", "2026-04-20 11:15 +0200",
      "", company="Schwarzwald Krankenkasse", contact="jana.hoffmann@schwarzwald-kk.example.de",
      reply_to=("Jana Hoffmann", "jana.hoffmann@schwarzwald-kk.example.de"), key="sk_inv",
      fmt="html",
      html=html("Hallo Lena,",
                "schön, dass du dich bei uns beworben hast! Wir möchten dich gern in einem "
                "ersten Video-Call (ca. 45 Minuten) kennenlernen.",
                "Bitte wähle über den folgenden Link einen passenden Termin zwischen dem 27. und "
                "30. April aus: <a href=\"https://schwarzwald-kk.jobs.example.de/slot/8812\">"
                "Termin auswählen</a>",
                "Bei Fragen antworte einfach auf diese Mail – sie landet direkt bei mir.",
                "Viele Grüße<br>Jana Hoffmann<br>People &amp; Culture",
                footer="Schwarzwald Krankenkasse · Kaiser-Joseph-Straße 190 · 79098 Freiburg")),

    m(K, "de", "aaretal_invite", ("Sandra Iseli", "s.iseli@heimpflege-aaretal.example.ch"),
      "Vorstellungsgespräch Heimpflege Aaretal", "2026-01-22 15:40 +0100",
      """
Grüezi Frau Baumgartner

Wie versprochen melde ich mich: Unsere Geschäftsleiterin, Frau Christine Moser, und ich
würden Sie gerne zu einem Gespräch einladen. Passt Ihnen der Mittwoch, 28. Januar, um
16.30 Uhr bei uns an der Thunstrasse 77 in Muri?

Das Gespräch dauert etwa eine Stunde. Anschliessend zeigen wir Ihnen gerne unsere Räume.

Freundliche Grüsse
Sandra Iseli
Heimpflege Aaretal
""", company="Heimpflege Aaretal", contact="s.iseli@heimpflege-aaretal.example.ch",
      key="ha_inv", parent="ha_ack", quote=True, quote_style="outlook", charset="iso-8859-1",
      cte="8bit"),

    m(K, "de", "limmat_invite", ("Nadine Brunner from HomeCare Limmat", "no-reply@teamtailor-mail.com"),
      "Lass uns sprechen: Termin für dein Interview buchen", "2026-05-12 13:20 +0200",
      """
Hallo Lena

Vielen Dank für deine Geduld! Wir möchten dich gerne zu einem ersten Interview einladen.
Es findet bei uns im Büro an der Hardstrasse 91 in Zürich statt und dauert rund 60 Minuten.

Bitte buche dir hier selbst einen passenden Termin:
https://homecare-limmat.teamtailor.example.com/meetings/b7c1

Falls keiner der Termine passt, antworte einfach auf diese Nachricht.

Liebe Grüsse
Nadine Brunner
Leiterin Personal, HomeCare Limmat
""", company="HomeCare Limmat", contact="nadine.brunner@homecare-limmat.example.ch",
      reply_to=("Nadine Brunner", "nadine.brunner@homecare-limmat.example.ch"), key="hl_inv",
      parent="hl_ack"),

    m(K, "de", "dreisam_invite", ("Katrin Albiez", "k.albiez@reha-dreisam.example.de"),
      "Telefoninterview – Pflegefachkraft Fallsteuerung", "2026-04-28 09:05 +0200",
      """
Sehr geehrte Frau Baumgartner,

vielen Dank für Ihre Bewerbung. Gern würden wir Sie in einem ersten Telefoninterview
näher kennenlernen.

Als Termin schlagen wir Dienstag, den 5. Mai 2026, um 11:00 Uhr vor. Unsere Pflegedirektorin
Frau Dr. Weißhaar ruft Sie unter der in Ihrer Bewerbung angegebenen Nummer an.

Mit freundlichen Grüßen

Katrin Albiez
Personalreferentin
Reha-Zentrum Dreisam gGmbH
Schwarzwaldstraße 140, 79117 Freiburg
Tel. 0761 38 85 120

Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten
bestimmt. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender
und löschen Sie diese Nachricht.
""", company="Reha-Zentrum Dreisam", contact="k.albiez@reha-dreisam.example.de",
      key="rd_inv", parent="rd_ack", quote=True, quote_style="outlook",
      charset="windows-1252", cte="quoted-printable"),

    m(K, "de", "pflegepool_client_invite", ("Michèle Frei", "m.frei@pflegepool.example.ch"),
      "Vorstellungsgespräch bei Pflege zu Hause Glattal – Do 9.4.", "2026-04-02 10:48 +0200",
      """
Liebe Frau Baumgartner

Gute Nachrichten: Unser Kunde, Pflege zu Hause Glattal in Wallisellen, möchte Sie gerne
kennenlernen! Es geht um die Stelle als Fallführende Pflegefachfrau (80 %), über die wir am
Telefon gesprochen haben.

Termin: Donnerstag, 9. April 2026, 10.00 Uhr
Ort: Pflege zu Hause Glattal, Zentralstrasse 12, 8304 Wallisellen
Ansprechperson vor Ort: Herr Daniel Rüegg, Bereichsleiter

Ich begleite Sie nicht, bin aber vorher telefonisch erreichbar. Bitte bestätigen Sie mir den
Termin kurz.

Herzliche Grüsse
Michèle Frei
Pflegepool Personal AG
""", company="Pflege zu Hause Glattal", contact="m.frei@pflegepool.example.ch",
      key="pp_inv", parent="pp_ack", name_enc=("b", "iso-8859-1"), cte="base64"),

    m(K, "de", "pilatus_trial", ("Pflegedienst Pilatus", "bewerbung@pflegedienst-pilatus.example.ch"),
      "Einladung Probearbeitstag", "2026-06-08 07:50 +0200",
      """
Guten Tag Frau Baumgartner

Besten Dank für Ihre Bewerbung als Pflegefachfrau mit Schwerpunkt Bedarfsabklärung. Gerne
laden wir Sie zu einem Probearbeitstag ein. Sie begleiten eine Kollegin bei zwei
Bedarfsabklärungen (RAI-HC) und lernen unser Team kennen.

Vorschlag: Freitag, 19. Juni 2026, Treffpunkt 08.00 Uhr, Stützpunkt Kriens, Luzernerstrasse 44.

Bitte melden Sie sich bei uns, ob das Datum passt.

Freundliche Grüsse
Team Personal
Pflegedienst Pilatus, Kriens
""", company="Pflegedienst Pilatus", contact="bewerbung@pflegedienst-pilatus.example.ch",
      key="pi_inv"),

    m(K, "de", "kessler_call", ("Florian Kessler", "f.kessler@kessler-health.example.ch"),
      "Ihr Profil – Austausch zu einer Kaderposition", "2026-08-12 19:22 +0200",
      """
Sehr geehrte Frau Baumgartner

Danke für Ihren Rückruf gestern. Wie besprochen möchte ich Sie gerne zu einem vertieften
Gespräch über die Position «Leiterin Case Management Krankentaggeld» bei einer unserer
Mandantinnen, einer grossen Krankenversicherung in der Zentralschweiz, einladen.

Wir treffen uns am Mittwoch, 19. August, um 17.30 Uhr in unserem Büro in Luzern
(Haldenstrasse 5) oder, falls Ihnen das lieber ist, per Video.

Beste Grüsse
Florian Kessler
Managing Partner
Kessler Health Partners GmbH – Executive Search im Gesundheitswesen
Haldenstrasse 5, 6006 Luzern | +41 41 410 20 60
""", company="Kessler Health Partners", contact="f.kessler@kessler-health.example.ch",
      key="kh_inv"),

    m(K, "de", "kaiserstuhl_invite", ("Pflegedienst Kaiserstuhl", "verwaltung@pflegedienst-kaiserstuhl.example.de"),
      "Termin Vorstellungsgespräch 14.07.", "2026-07-03 12:30 +0200",
      """
Hallo Frau Baumgartner,

danke für Ihre Bewerbung als Pflegeberaterin nach § 7a SGB XI. Wir laden Sie herzlich zu einem
Vorstellungsgespräch ein – die Terminanfrage finden Sie im Anhang (invite.ics).

Dienstag, 14.07.2026, 09:30 Uhr, Büro Ihringen, Bachenstraße 3.

Schöne Grüße
Heike Zimmermann
Pflegedienstleitung
""", company="Pflegedienst Kaiserstuhl",
      contact="verwaltung@pflegedienst-kaiserstuhl.example.de", key="pk_inv", fmt="mixed",
      ics_file={"uid": "pk-2026-0714@pflegedienst-kaiserstuhl.example.de", "seq": 0,
                "start": "20260714T093000", "end": "20260714T103000", "tz": "Europe/Berlin",
                "summary": "Vorstellungsgespräch Baumgartner",
                "location": "Bachenstraße 3, Ihringen"}),

    m(K, "en", "celvion_invite", ("Laura Pons via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Patient Support Nurse Case Manager – Celvion", "2026-03-18 17:02 +0100",
      """
Hi Lena,

Thank you for your interest in Celvion Therapeutics! I'd like to invite you to a 30-minute
video interview with me to talk about your nursing background and the Patient Support
Programme we run for our rare-disease patients in Spain and the DACH region.

Please pick a time that works for you here:
https://app.greenhouse.example.io/schedule/celvion/9f21c

Looking forward to speaking with you,
Laura Pons
Talent Acquisition Partner, Celvion Therapeutics
""", company="Celvion Therapeutics", contact="laura.pons@celvion.example.com",
      reply_to=("Laura Pons", "laura.pons@celvion.example.com"), key="c_inv", parent="c_ack"),

    m(K, "en", "vitalink_invite", ("Tom Keller", "no-reply@hire.lever.co"),
      "Vitalink Health – next step: chat with the Care team", "2026-06-01 08:40 +0200",
      """
Hi Lena,

Thanks for applying to the Care Navigator role. We loved your background in acute care and
your interest in case management, and we'd like to move you forward to a first interview.

It's a 45-minute video call with me and Priya, our Head of Care. Could you let me know your
availability for Thursday 4 June or Friday 5 June? Mornings work best on our side.

Best,
Tom Keller
Talent Partner | Vitalink Health
Europaallee 41, 8004 Zurich
""", company="Vitalink Health", contact="tom.keller@vitalink.example.ch",
      reply_to=("Tom Keller", "tom.keller@vitalink.example.ch"), key="v_inv", parent="v_ack"),

    m(K, "en", "carepath_invite", ("Carepath Hiring Team", "no-reply@ashbyhq.com"),
      "Invitation: Carepath interview with Jordi Puig", "2026-06-09 12:14 +0200",
      """
Hi Lena,

You're confirmed for an interview with Carepath.

When: Monday, 15 June 2026, 11:00–11:45 (Europe/Madrid)
Where: Google Meet – https://meet.example.com/cpa-hiring-dach
Who: Jordi Puig, Head of Case Management

A calendar invitation is attached. Need to reschedule? Use the link in your candidate portal.

Carepath Hiring Team
""", company="Carepath", key="cp_inv", parent="cp_ack", fmt="cal",
      ics={"uid": "ashby-cp-77120@ashbyhq.com", "seq": 0, "start": "20260615T110000",
           "end": "20260615T114500", "tz": "Europe/Madrid",
           "summary": "Carepath interview: Lena Baumgartner / Jordi Puig",
           "location": "Google Meet", "organizer": ("Carepath Hiring Team",
                                                    "no-reply@ashbyhq.com")}),

    m(K, "en", "concordis_invite", ("Mark Steiner", "mark.steiner@helvetichealthsearch.example.ch"),
      "Concordis – interview with the hiring manager", "2026-06-25 07:58 +0200",
      """
Dear Lena,

Good news: Concordis would like to meet you. The hiring manager, Dr. Eva Lindner (Head of
Benefits Management), proposes an interview on Wednesday 1 July at 15:00 at their office on
Seefeldstrasse 110 in Zurich. The conversation will partly be in English as the team is
international.

Could you confirm by tomorrow? I'm happy to prepare you with a short call beforehand.

Best regards,
Mark

Mark Steiner
Partner | Helvetic Health Search
""", company="Concordis", contact="mark.steiner@helvetichealthsearch.example.ch",
      key="hhs_inv"),

    m(K, "en", "rhone_screen", ("Assurance Accidents Rhône", "rhone@myworkday.com"),
      "Invitation to a video screening – Claims Nurse Case Manager (English team)", "2026-09-01 10:00 +0200",
      "", company="Assurance Accidents Rhône", key="ar_inv", fmt="html",
      html=html("Dear Lena,",
                "Thank you for applying for the role of <b>Claims Nurse Case Manager</b> in our "
                "international claims team in Geneva.",
                "We are pleased to invite you to a recorded video screening. You will be asked "
                "four questions and have up to three minutes to answer each one. Please complete "
                "the screening by <b>8 September 2026</b> using the button below.",
                '<a href="https://rhone.wd3.example.com/screening/55120">Start your video '
                "screening</a>",
                "Kind regards,<br>Talent Acquisition – Assurance Accidents Rhône",
                footer="This is an automated message. Replies to this address are not monitored."),
      subj_enc=("q", "utf-8")),

    m(K, "fr", "mutuelle_invite", ("Claire Morand", "claire.morand@mutuelle-romande.example.ch"),
      "Invitation à un entretien – Gestionnaire de cas", "2026-03-04 13:22 +0100",
      """
Madame Baumgartner,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien pour le
poste de Gestionnaire de cas maladie et accident.

Date : jeudi 12 mars 2026
Heure : 9 h 30 (durée prévue : 1 heure)
Lieu : Avenue de Rhodanie 58, 1007 Lausanne, 4e étage (merci de vous annoncer à l'accueil)

Vous rencontrerez M. Olivier Chappuis, responsable de l'unité, ainsi que moi-même.

Vous trouverez l'invitation ci-jointe. Je vous remercie de bien vouloir me confirmer votre
présence.

Meilleures salutations,

Claire Morand
Chargée de recrutement
Mutuelle Romande Santé
""", company="Mutuelle Romande Santé", contact="claire.morand@mutuelle-romande.example.ch",
      key="mr_inv", parent="mr_ack", fmt="cal", charset="iso-8859-1",
      ics={"uid": "mrs-entretien-0312@mutuelle-romande.example.ch", "seq": 0,
           "start": "20260312T093000", "end": "20260312T103000",
           "summary": "Entretien – L. Baumgartner", "location": "Av. de Rhodanie 58, Lausanne"}),

    m(K, "fr", "leman_invite", ("Sophie Girard - Caisse Léman Santé", "noreply@workablemail.com"),
      "Entretien vidéo pour le poste d'Infirmière conseil", "2026-05-08 16:30 +0200",
      """
Bonjour Lena,

Merci pour votre candidature ! Nous aimerions vous proposer un premier entretien vidéo de
30 minutes avec notre médecin-conseil, Dr Hélène Favre, et moi-même.

Date proposée : mardi 12 mai à 10 h (heure de Genève), via Zoom. Le lien vous parviendra la
veille. Si ce créneau ne vous convient pas, répondez simplement à ce message.

Bien cordialement,
Sophie Girard
Responsable recrutement, Caisse Léman Santé
""", company="Caisse Léman Santé", contact="sophie.girard@leman-sante.example.ch",
      reply_to=("Sophie Girard", "sophie.girard@leman-sante.example.ch"), key="cl_inv",
      parent="cl_ack", name_enc=("q", "utf-8")),

    m(K, "fr", "venoge_trial", ("Isabelle Dufaux", "isabelle.dufaux@clinique-venoge.example.ch"),
      "Journée d'immersion et entretien – Clinique de la Venoge", "2026-05-26 18:02 +0200",
      """
Chère Madame Baumgartner,

De retour de congé, j'ai lu votre dossier avec grand intérêt. Je vous propose de venir passer
une journée d'immersion dans notre service de réadaptation neurologique, suivie d'un
entretien avec notre directeur des soins.

Mercredi 3 juin 2026, de 8 h à 16 h, à la Clinique de la Venoge (Chemin des Vergers 3, Bussigny).
Une blouse vous sera prêtée.

Dans l'attente de votre confirmation, je vous adresse mes meilleures salutations.

Isabelle Dufaux
Infirmière-cheffe
Clinique de la Venoge
""", company="Clinique de la Venoge", contact="isabelle.dufaux@clinique-venoge.example.ch",
      key="cv_inv", parent="cv_ack", quote=True, cte="8bit"),

    m(K, "fr", "talentia_invite", ("Julien Perrottet", "julien.perrottet@talentia-sante.example.ch"),
      "Entretien chez notre client Prévoyance Santé Genève", "2026-07-14 11:40 +0200",
      """
Chère Madame Baumgartner,

Bonne nouvelle : notre client, Prévoyance Santé Genève, souhaite vous rencontrer pour le poste
de case manager.

Le premier entretien aurait lieu le lundi 20 juillet à 14 h dans leurs locaux, Rue de Lausanne
80, avec Mme Nathalie Berset, responsable des prestations. Je vous appellerai la veille pour
vous préparer.

Pouvez-vous me confirmer votre disponibilité ?

Bien à vous,
Julien Perrottet
Talentia Santé
""", company="Prévoyance Santé Genève",
      contact="julien.perrottet@talentia-sante.example.ch", key="ta_inv",
      subj_enc=("q", "iso-8859-1")),

    m(K, "es", "mutua_invite", ("Núria Ferrer", "no-reply@smartrecruiters.com"),
      "Invitación a entrevista – Gestora de casos", "2026-03-24 12:45 +0100",
      """
Hola Lena:

Gracias de nuevo por tu candidatura. Nos gustaría conocerte en una entrevista por
videollamada con el equipo de Gestión Sanitaria.

Fecha: miércoles 1 de abril de 2026
Hora: 10:00 (hora peninsular)
Duración aproximada: 45 minutos
Enlace: https://meet.example.com/mutua-gc-0401

Por favor, confírmame tu asistencia respondiendo a este correo.

Un saludo,
Núria Ferrer
Técnica de Selección · Mutua Mediterrània
""", company="Mutua Mediterrània", contact="nuria.ferrer@mutuamediterrania.example.es",
      reply_to=("Núria Ferrer", "nuria.ferrer@mutuamediterrania.example.es"), key="mm_inv",
      parent="mm_ack", name_enc=("b", "utf-8"), rt_enc=("q", "iso-8859-1")),

    m(K, "es", "montjuic_invite", ("Marta Vilaró", "marta.vilaro@talentsalud.example.es"),
      "Re: Candidatura recibida: Coordinadora de enfermería – Clínica Montjuïc", "2026-07-28 09:33 +0200",
      """
Hola Lena,

¡Buenas noticias! La directora de enfermería de Clínica Montjuïc, la Sra. Elena Roig, quiere
entrevistarte. Te propone el lunes 3 de agosto a las 12:30 en la clínica (Carrer de Lleida
31, Barcelona). Pregunta por ella en recepción.

¿Te va bien? Si no, dime qué días tienes libres esa semana.

Un abrazo,
Marta
""", company="Clínica Montjuïc", contact="marta.vilaro@talentsalud.example.es",
      key="ts_inv", parent="ts_ack", quote=True, name_enc=("q", "windows-1252")),

    m(K, "es", "benalux_screen", ("Selección Benalux", "seleccion@benalux.example.es"),
      "Entrevista telefónica – Programa de apoyo al paciente", "2026-09-03 15:10 +0200",
      """
Estimada Sra. Baumgartner:

Tras revisar su candidatura, nos complace invitarla a una entrevista telefónica de unos 20
minutos con nuestra responsable del programa de apoyo al paciente, la Sra. Carmen Ortiz.

Le proponemos el martes 8 de septiembre a las 9:30. La llamaremos al número que figura en su
currículum. Le rogamos que confirme su disponibilidad.

Atentamente,
Departamento de Recursos Humanos
Laboratorios Benalux
""", company="Laboratorios Benalux", contact="seleccion@benalux.example.es", key="bx_inv",
      parent="bx_ack", charset="iso-8859-1", cte="8bit"),

    m(K, "es", "llevant_practica", ("Pau Casals Mir", "pau.casals@rehabllevant.example.es"),
      "Prueba práctica y entrevista – Enfermera gestora de casos", "2026-09-15 13:55 +0200",
      "", company="Centre de Rehabilitació Llevant", contact="pau.casals@rehabllevant.example.es",
      key="ll_inv", fmt="alt",
      html=html("Hola Lena,",
                "Te escribo desde el Centre de Rehabilitació Llevant. Hemos leído tu CV y nos "
                "gustaría invitarte a una <b>prueba práctica</b> (caso clínico, 40 min) seguida "
                "de una entrevista con la supervisora de la unidad.",
                "Sería el <b>jueves 24 de septiembre a las 9:00</b> en nuestras instalaciones "
                "de Carrer de Llull 210, Barcelona.",
                "¿Podrías confirmarme si te va bien?",
                "Saludos cordiales,<br>Pau Casals Mir<br>Responsable de Personas<br>"
                "Centre de Rehabilitació Llevant")) | {"body": """Hola Lena,

Te escribo desde el Centre de Rehabilitació Llevant. Hemos leído tu CV y nos gustaría
invitarte a una prueba práctica (caso clínico, 40 min) seguida de una entrevista con la
supervisora de la unidad.

Sería el jueves 24 de septiembre a las 9:00 en nuestras instalaciones de Carrer de Llull
210, Barcelona.

¿Podrías confirmarme si te va bien?

Saludos cordiales,
Pau Casals Mir
Responsable de Personas
Centre de Rehabilitació Llevant
"""},
]
