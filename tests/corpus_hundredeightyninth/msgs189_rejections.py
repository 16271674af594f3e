# ruff: noqa
"""Corpus 189, hand-written: the 31 rejections."""

from __future__ import annotations

from msgs189_common import CAND, CAND_ADDR, CAND_NAME, forwarded, outlook, t, wrote

MESSAGES: list[dict] = []
add = lambda **spec: MESSAGES.append(dict(kind="rejection", **spec))

# 1 -- Elbstrom Pharma answers the thank-you note after the interview (thread: Workday ack,
#      scheduling link, moved slot, her thank-you).
add(slug="elbstrom_reply_to_thanks", lang="de", company="Elbstrom Pharma",
    contact="jana.krummacker@elbstrom-pharma.example.de",
    frm=("Jana Krummacker", "jana.krummacker@elbstrom-pharma.example.de"),
    subject="AW: Danke für das Gespräch am 19. März", subj_enc=("iso-8859-1", "Q"),
    date="2026-03-27 11:48", key="elb_rej", refs=["elb_ack", "elb_invite", "elb_move", "elb_thanks"],
    text=t("""
    Liebe Frau Santangelo-Hoffmann,

    vielen Dank für Ihre freundlichen Zeilen nach unserem Termin – auch wir haben den
    Austausch mit Ihnen als sehr offen empfunden.

    Nach Rücksprache mit Dr. Lüders muss ich Ihnen heute trotzdem eine Absage geben: Wir
    besetzen die Stelle als Clinical Data Associate mit einer Bewerberin, die bereits mit
    EDC-Systemen in laufenden Phase-III-Studien gearbeitet hat. Bei Ihrem Profil ist uns das
    nicht leichtgefallen.

    Ihre Erfahrung aus der Offizin bleibt für uns interessant. Wenn Sie einverstanden sind,
    melde ich mich, sobald wir wieder eine Einstiegsposition in der Datenerfassung ausschreiben.

    Herzliche Grüße aus der HafenCity
    Jana Krummacker
    Talent Acquisition Partner
    Elbstrom Pharma GmbH | Am Sandtorkai 41 | 20457 Hamburg
    Tel. +49 40 3861 2207

    """) + outlook("de", "Wiebke Santangelo-Hoffmann <wiebke.sh@example.de>",
                   "Donnerstag, 19. März 2026 19:42",
                   "Krummacker, Jana <jana.krummacker@elbstrom-pharma.example.de>",
                   "Danke für das Gespräch am 19. März", t("""
    Liebe Frau Krummacker,

    herzlichen Dank für das angenehme Vorstellungsgespräch heute Nachmittag und die Führung
    durch die Abteilung Clinical Operations. Besonders das Beispiel zur Query-Bearbeitung im
    eCRF hat mir gezeigt, wie gut meine Arbeitsweise aus der Apotheke dazu passt.

    Ich freue mich darauf, von Ihnen zu hören, und stehe für ein zweites Gespräch gern zur
    Verfügung.

    Viele Grüße
    Wiebke Santangelo-Hoffmann
    """)),
    shell="outlook", cte="quoted-printable", html_cte="quoted-printable")

# 2 -- Nyhavn Therapeutics: iCIMS form rejection, HTML only, no human address.
add(slug="nyhavn_icims_form", lang="en", company="Nyhavn Therapeutics", contact="",
    frm=("Nyhavn Therapeutics Careers", "noreply@icims.com"),
    subject="Your application for Clinical Data Entry Specialist (Req 4471)",
    date="2026-02-11 14:05", tz="+0000", key="nyh_rej", refs=["nyh_ack"],
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    html_text=t("""
    Dear Wiebke,

    Thank you for the time you invested in applying for the Clinical Data Entry Specialist
    position (Req 4471) at Nyhavn Therapeutics in Copenhagen.

    We have now reviewed all applications. Regrettably, your profile has not been selected for
    the next stage of this recruitment process.

    Your candidate profile remains active in our careers portal, and you are welcome to apply
    for other roles that match your background.

    Kind regards,
    Talent Acquisition
    Nyhavn Therapeutics A/S
    """), shell="ats",
    shell_args=dict(brand="Nyhavn Therapeutics | Careers", color="#0b3c5d",
                    button=("Visit the careers portal",
                            "https://careers-nyhavn.icims.com/jobs/candidate"),
                    footer="This message was sent from an unmonitored mailbox. Powered by iCIMS."))

# 3 -- Hafenblick Personal relays the client's no (client named).
add(slug="hafenblick_relays_alsterpark", lang="de", company="Alsterpark Kliniken",
    contact="d.oltmanns@hafenblick-personal.example.de",
    frm=("Dennis Oltmanns", "d.oltmanns@hafenblick-personal.example.de"),
    subject="Rückmeldung Alsterpark Kliniken – Dokumentationsassistenz",
    subj_enc=("utf-8", "B"), date="2026-03-09 17:22", key="hfb_rej",
    refs=["hfb_reg", "hfb_invite", "hfb_move"], cs="utf-8", cte="8bit",
    text=t("""
    Hallo Frau Santangelo-Hoffmann,

    ich habe heute Mittag mit Frau Dr. Petersen von den Alsterpark Kliniken telefoniert.
    Leider kommt von dort kein grünes Licht: Die Klinik hat sich für eine interne Bewerberin
    aus der Station entschieden, die das Dokumentationssystem schon kennt. An Ihrem Auftreten
    im Gespräch lag es ausdrücklich nicht – man fand Sie sehr strukturiert.

    Ich weiß, das ist ärgerlich nach zwei Terminen. Ich habe aber noch zwei Kunden in Hamburg
    im Blick, bei denen Ihr PTA-Hintergrund gut passt, und melde mich Ende der Woche.

    Beste Grüße
    Dennis Oltmanns
    Personalberater Healthcare
    Hafenblick Personal GmbH
    Großer Burstah 31, 20457 Hamburg
    Telefon 040 5543 9910 | Mobil 0172 448 2916
    """))

# 4 -- Amager Clinical Data: role put on hold, Teamtailor with a human Reply-To.
add(slug="amager_role_on_hold", lang="en", company="Amager Clinical Data",
    contact="mette.kjaergaard@amager-cd.example.dk",
    frm=("Amager Clinical Data", "amager-clinical-data@teamtailor-mail.com"),
    reply_to=("Mette Kjærgaard", "mette.kjaergaard@amager-cd.example.dk"),
    rt_enc=("utf-8", "B"),
    subject="Update on the Data Entry Coordinator role", date="2026-06-03 10:31",
    key="amg_rej", refs=["amg_invite", "amg_update"],
    text=t("""
    Hi Wiebke,

    I wanted to let you know personally where things stand, since you met Rasmus and me
    twice in May.

    Last week our leadership team froze all hiring for the Data Entry Coordinator position
    while a sponsor decides whether to move its oncology programme to us. The role has been
    put on hold for the rest of the year, so we will not proceed with your application or any
    other candidate's.

    This has nothing to do with how you came across. If the position is reopened, I will
    reach out to you first.

    All the best,
    Mette Kjærgaard
    People & Talent | Amager Clinical Data ApS
    Amager Strandvej 108, 2300 København S
    +45 32 71 44 90
    """), shell="ats",
    shell_args=dict(brand="Amager Clinical Data", color="#2e5e4e",
                    footer="Sent with Teamtailor. Reply to this email to reach Mette."))

# 5 -- Hansepflege Krankenversicherung: filled internally, iso-8859-1 plain text.
add(slug="hansepflege_filled_internally", lang="de", company="Hansepflege Krankenversicherung",
    contact="joerg.tiedemann@hansepflege-kv.example.de",
    frm=("Jörg Tiedemann", "joerg.tiedemann@hansepflege-kv.example.de"),
    name_enc=("iso-8859-1", "Q"),
    subject="Ihre Bewerbung als Sachbearbeiterin Leistungsdaten (Kennziffer 26-114)",
    date="2026-10-06 09:02", cs="iso-8859-1", cte="quoted-printable",
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    Sie hatten sich im September bei uns auf die Stelle Sachbearbeiterin Leistungsdaten
    (Kennziffer 26-114) beworben. Bevor wir Gespräche führen konnten, hat sich eine Kollegin
    aus unserer Abrechnungsabteilung intern auf die Stelle verändert. Die Position ist damit
    vergeben, und wir werden das externe Verfahren nicht fortsetzen.

    Ihre Unterlagen löschen wir gemäß unseren Datenschutzhinweisen nach sechs Monaten.

    Mit freundlichen Grüßen

    i. A. Jörg Tiedemann
    Personalservice
    Hansepflege Krankenversicherung a. G.
    Ballindamm 52 · 20095 Hamburg
    """))

# 6 -- Martini Trials: after the second interview, Lever with the recruiter as Reply-To.
add(slug="martini_after_second_round", lang="en", company="Martini Trials",
    contact="sanne.bakker@martinitrials.example.nl",
    frm=("Sanne Bakker from Martini Trials", "no-reply@hire.lever.co"),
    reply_to=("Sanne Bakker", "sanne.bakker@martinitrials.example.nl"),
    subject="Martini Trials – Clinical Data Assistant", subj_enc=("utf-8", "Q"),
    date="2026-05-06 15:40", tz="+0000", key="mt_rej",
    refs=["mt_ack", "mt_screen", "mt_missed", "mt_ownmove", "mt_newslot"],
    text=t("""
    Hi Wiebke,

    Thanks again for making the trip to Groningen for the second conversation with Joost and
    the data management team. We appreciated how well prepared you were, especially after the
    mix-up with the first call.

    We have decided to move forward with candidates whose experience more closely matches
    what the study start-up team needs right now, in particular hands-on query management in
    Medidata Rave.

    I know this isn't the news you were hoping for. Feel free to reply if you would like a few
    lines of feedback.

    Best,
    Sanne

    Sanne Bakker | Talent Partner
    Martini Trials B.V. | Oude Ebbingestraat 12, 9712 HC Groningen
    +31 50 211 4408
    """),
    shell="ats", shell_args=dict(brand="Martini Trials", color="#7a1f2b",
                                 footer="Sent via Lever on behalf of Martini Trials."))

# 7 -- Leinetal Biometrics "via Greenhouse", German HR, Reply-To the HR partner.
add(slug="leinetal_via_greenhouse_de", lang="de", company="Leinetal Biometrics",
    contact="svenja.kolbe@leinetal-biometrics.example.de",
    frm=("Svenja Kolbe via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Svenja Kolbe", "svenja.kolbe@leinetal-biometrics.example.de"),
    subject="Ihre Bewerbung bei Leinetal Biometrics", date="2026-03-24 08:55",
    key="lei_rej", refs=["lei_invite", "lei_ill"],
    text=t("""
    Hallo Frau Santangelo-Hoffmann,

    Hannah hat mir Ihr Gespräch vom 12. März weitergegeben, und ich melde mich, weil die
    Vertragsseite bei uns in Hannover liegt.

    Wir haben uns entschieden, das Team mit jemandem zu ergänzen, dessen Werdegang näher an
    unserem Bedarf in der Biometrie liegt – konkret mit SAS-Grundkenntnissen. Für Sie geht es
    in diesem Verfahren deshalb nicht weiter.

    Vielen Dank für Ihre Geduld mit den verschobenen Terminen und alles Gute für Ihre Suche.

    Freundliche Grüße
    Svenja Kolbe
    HR Business Partner
    Leinetal Biometrics GmbH · Vahrenwalder Straße 7 · 30165 Hannover
    """), cte="quoted-printable")

# 8 -- Mutuelle Vosges-Rhin: short cover note, the decision itself in an attached PDF letter.
add(slug="mutuelle_letter_pdf", lang="fr", company="Mutuelle Vosges-Rhin",
    contact="isabelle.kieffer@mutuelle-vosgesrhin.example.fr",
    frm=("Isabelle Kieffer", "isabelle.kieffer@mutuelle-vosgesrhin.example.fr"),
    subject="Votre candidature : gestionnaire saisie prestations santé",
    subj_enc=("iso-8859-1", "B"), date="2026-04-20 16:12", refs=["mvr_app", "mvr_ack"],
    cs="iso-8859-1",
    text=t("""
    Madame,

    Veuillez trouver ci-joint notre réponse à votre candidature au poste de gestionnaire
    saisie prestations santé, envoyée le 23 mars.

    Après examen attentif de votre dossier, nous ne donnerons pas de suite favorable à votre
    candidature : le poste exige une maîtrise du français écrit réglementaire que nous
    n'avons pas pu vérifier dans les délais du recrutement.

    Nous vous souhaitons bonne réussite dans votre projet professionnel.

    Isabelle Kieffer
    Chargée de ressources humaines
    Mutuelle Vosges-Rhin
    9 rue du Jeu-des-Enfants, 67000 Strasbourg
    Tél. 03 88 41 27 60
    """),
    attach=[dict(pdf="Reponse_candidature_Santangelo-Hoffmann.pdf",
                 title="Reponse a votre candidature",
                 lines=["Mutuelle Vosges-Rhin - Service des ressources humaines",
                        "Strasbourg, le 20 avril 2026", "",
                        "Madame Wiebke Santangelo-Hoffmann", "",
                        "Objet : votre candidature au poste de gestionnaire saisie prestations",
                        "", "Madame,",
                        "Nous avons le regret de vous informer que votre candidature n'a pas",
                        "été retenue. Nous conservons votre dossier pendant un an.",
                        "", "Isabelle Kieffer, chargée de ressources humaines"])])

# 9 -- Hospital del Turó: after the interview.
add(slug="turo_despues_entrevista", lang="es", company="Hospital del Turó",
    contact="mvilaro@hospitalturo.example.es",
    frm=("Montserrat Vilaró", "mvilaro@hospitalturo.example.es"), name_enc=("utf-8", "B"),
    subject="Proceso técnico/a de documentación clínica – resolución",
    date="2026-05-18 13:27", key="turo_rej", refs=["turo_app", "turo_invite", "turo_move"],
    text=t("""
    Hola Wiebke:

    Muchas gracias por venir al hospital el pasado 5 de mayo y por tu paciencia con el cambio
    de horario.

    El comité ha cerrado el proceso y la plaza de técnica de documentación clínica se ha
    adjudicado a otra candidata que ya conoce nuestro sistema de historia clínica y habla
    catalán con soltura, algo que el servicio ha valorado mucho. Por tanto, no podemos
    ofrecerte el puesto en esta ocasión.

    Te deseamos lo mejor en tu traslado a Barcelona.

    Un saludo cordial,

    Montserrat Vilaró
    Recursos Humanos · Hospital del Turó
    Passeig del Turó 45, 08023 Barcelona
    Tel. 93 418 22 70
    """), shell="gmail")

# 10 -- Maschsee Klinik: terse human no, plain ASCII-free of frills.
add(slug="maschsee_kurz", lang="de", company="Maschsee Klinik",
    contact="a.buesing@maschsee-klinik.example.de",
    frm=("Andrea Büsing", "a.buesing@maschsee-klinik.example.de"), name_enc=("iso-8859-1", "B"),
    subject="Ihre Bewerbung", date="2026-08-10 07:58",
    key="msk_rej", refs=["msk_app", "msk_invite", "msk_missed"], cs="iso-8859-1", cte="8bit",
    text=t("""
    Guten Morgen Frau Santangelo-Hoffmann,

    wir haben uns anders entschieden. Danke für Ihr Interesse an der Maschsee Klinik.

    Gruß
    A. Büsing
    Personalabteilung
    """))

# 11 -- Huntetal Diagnostics: the former colleague's casual no.
add(slug="huntetal_kollege_locker", lang="de", company="Huntetal Diagnostics",
    contact="soenke.ahlers@huntetal-dx.example.de",
    frm=("Sönke Ahlers", "soenke.ahlers@huntetal-dx.example.de"),
    subject="wird leider nix mit der Laborstelle", date="2026-07-06 21:14",
    key="hun_rej", refs=["hun_invite", "hun_missed"],
    text=t("""
    Moin Wiebke,

    kurz und ehrlich, bevor du es offiziell von der Personalabteilung bekommst: Mein Chef will
    für die Datenerfassung im Labor unbedingt jemanden, der schon mit unserem LIMS gearbeitet
    hat, und hat den Vertrag heute einem Leiharbeiter gegeben, der seit März bei uns aushilft.
    Ich hab mich für dich starkgemacht, aber da war nichts zu drehen.

    Sorry, ich hätte dich echt gern im Team gehabt. Lass uns trotzdem mal wieder einen Kaffee
    in Oldenburg trinken, dann erzähl ich dir, was sonst noch so ausgeschrieben wird.

    Sönke

    --
    Sönke Ahlers
    Teamleitung Probenannahme
    Huntetal Diagnostics GmbH, Industriestraße 14, 26121 Oldenburg
    """), cte="base64")

# 12 -- Eemsdelta Data Services: Ashby, no-reply only.
add(slug="eemsdelta_ashby", lang="en", company="Eemsdelta Data Services", contact="",
    frm=("Eemsdelta Data Services", "no-reply@ashbyhq.com"),
    subject="Following up on your Eemsdelta application", date="2026-03-16 09:03",
    tz="+0000", key="eem_rej", refs=["eem_ack", "eem_invite", "eem_missed"],
    headers=[("Auto-Submitted", "auto-generated")],
    text=t("""
    Hi Wiebke,

    Thank you for your interest in the Data Entry Analyst opening at Eemsdelta Data Services.

    We've now completed the first round of conversations. After weighing the requirements of
    the position against all the profiles we received, we will not be taking your candidacy
    further at this point.

    We genuinely appreciate your time, and we encourage you to keep an eye on our careers
    page.

    Warm regards,
    The Eemsdelta Talent team
    """), shell="ats",
    shell_args=dict(brand="Eemsdelta Data Services", color="#22577a",
                    footer="Replies to this address are not read. Powered by Ashby."))

# 13 -- Leinemark Krankenversicherung: SuccessFactors rejection after the cancelled
#       assessment centre, windows-1252 base64, HTML + text.
add(slug="leinemark_successfactors", lang="de", company="Leinemark Krankenversicherung",
    contact="", frm=("Leinemark Krankenversicherung Karriere", "noreply@successfactors.eu"),
    subject="Absage – Referenz 2026-0519 Kundenberater/in Datenpflege",
    subj_enc=("utf-8", "Q"), date="2026-06-30 18:01", tz="+0000",
    key="lkv_rej", refs=["lkv_ack", "lkv_ac", "lkv_accancel"],
    cs="windows-1252", cte="base64",
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    wir bedanken uns für Ihre Bewerbung und Ihr Interesse an der Leinemark
    Krankenversicherung.

    Das Auswahlverfahren für die Stelle „Kundenberater/in Datenpflege“ (Referenz 2026-0519)
    haben wir inzwischen ohne ein weiteres Assessment-Center abgeschlossen. Nach Abwägung aller
    Unterlagen können wir Ihnen leider kein Angebot unterbreiten.

    Ihre Daten werden gemäß Datenschutzerklärung nach Abschluss des Verfahrens gelöscht.

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Leinemark Krankenversicherung

    Diese E-Mail wurde automatisch erstellt – bitte antworten Sie nicht darauf.
    """), shell="simple", html_cte="quoted-printable")

# 14 -- Hôpitaux de l'Ill: the post is withdrawn (role cancelled).
add(slug="hopitaux_ill_poste_supprime", lang="fr", company="Hôpitaux de l'Ill",
    contact="nathalie.muller@hopitaux-ill.example.fr",
    frm=("Nathalie Muller", "nathalie.muller@hopitaux-ill.example.fr"),
    subject="Poste d'agent de saisie DIM – annulation du recrutement",
    date="2026-10-01 11:20",
    text=t("""
    Bonjour Madame Santangelo-Hoffmann,

    Je reviens vers vous au sujet de votre candidature au poste d'agent de saisie au
    département d'information médicale.

    Suite à la réorganisation du DIM entre nos deux sites, la direction a décidé de supprimer
    ce poste du plan de recrutement 2026. Le recrutement est donc annulé et votre candidature
    ne pourra pas aboutir, indépendamment de vos qualités.

    Je suis désolée de cette issue et vous remercie pour l'intérêt porté à notre
    établissement.

    Bien cordialement,

    Nathalie Muller
    Direction des ressources humaines
    Hôpitaux de l'Ill – site de la Robertsau
    83 rue Himmerich, 67000 Strasbourg
    03 88 11 64 02

    Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au
    destinataire. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir
    l'expéditeur.
    """), shell="outlook", cte="quoted-printable")

# 15 -- Laboratorios Montjuïc: Recruitee, HTML only, no human.
add(slug="montjuic_recruitee", lang="es", company="Laboratorios Montjuïc", contact="",
    frm=("Laboratorios Montjuïc", "noreply@jobs.recruitee.com"), name_enc=("iso-8859-1", "Q"),
    subject="Sobre tu candidatura: Auxiliar de entrada de datos clínicos",
    date="2026-09-22 12:00", tz="+0000", key="mtj_rej", refs=["mtj_ack"],
    headers=[("Auto-Submitted", "auto-generated")],
    html_text=t("""
    Hola Wiebke,

    Te agradecemos el tiempo dedicado a tu candidatura para Auxiliar de entrada de datos
    clínicos en nuestra sede de Sant Cugat.

    Tras revisar tu perfil con el equipo de Farmacovigilancia, lamentamos comunicarte que no
    vamos a continuar con tu candidatura en este proceso.

    Guardaremos tus datos durante doce meses por si surge otra vacante adecuada.

    Saludos,
    Equipo de Talento · Laboratorios Montjuïc
    """), shell="ats",
    shell_args=dict(brand="Laboratorios Montjuïc · Empleo", color="#b5452b",
                    footer="Este correo se ha enviado desde Recruitee. No respondas a este mensaje."))

# 16 -- Medixa Studienzentrum: Personio with a human Reply-To, after the interview.
add(slug="medixa_personio_absage", lang="de", company="Medixa Studienzentrum",
    contact="lea.dittmer@medixa.example.de",
    frm=("Medixa Studienzentrum Hamburg", "noreply@personio.de"),
    reply_to=("Lea Dittmer", "lea.dittmer@medixa.example.de"),
    subject="Ihre Bewerbung als Study Nurse Assistenz / Datenerfassung",
    date="2026-05-12 16:45", key="mdx_rej", refs=["mdx_ack", "mdx_invite", "mdx_move"],
    text=t("""
    Liebe Frau Santangelo-Hoffmann,

    noch einmal danke, dass Sie sich nach der kurzfristigen Terminverschiebung so flexibel
    gezeigt haben.

    Wir haben lange überlegt. Am Ende fiel die Wahl auf eine Bewerberin, die bereits als
    Studienassistenz in einer Praxis tätig war und sofort ohne Einarbeitung in unsere
    Onkologie-Studien einsteigen kann. Wir können Ihnen die Stelle deshalb nicht anbieten.

    Für Rückfragen erreichen Sie mich direkt über „Antworten“.

    Viele Grüße
    Lea Dittmer
    Leitung Studienkoordination
    Medixa Studienzentrum Hamburg GmbH, Spaldingstraße 160, 20097 Hamburg
    """), shell="ats",
    shell_args=dict(brand="Medixa Studienzentrum", color="#5a3d8a",
                    footer="Gesendet über Personio. Antworten gehen an Lea Dittmer."),
    cte="quoted-printable")

# 17 -- Kastellet Search: head-hunter, the client is not named.
add(slug="kastellet_unnamed_client", lang="en", company="Kastellet Search",
    contact="oliver@kastellet-search.example.dk",
    frm=("Oliver Brandt-Mikkelsen", "oliver@kastellet-search.example.dk"),
    subject="Re: the medtech data role we discussed", date="2026-07-24 18:09",
    refs=["ext-kast-medtech-1", "ext-kast-medtech-2"],
    text=t("""
    Hi Wiebke,

    Short update on the second role (the medtech one in Lyngby, not Bryghus). My client came
    back this afternoon: they are going with a candidate who is already based in Denmark and
    can start on 1 August, so they're passing on your profile. Their words were that relocation
    timing was the deciding factor, not your experience.

    Bryghus is unaffected by this and still very much alive – I'll call you Monday about next
    steps there.

    Oliver

    """) + wrote("en", "Wed, 22 Jul 2026 at 08:31", "Wiebke Santangelo-Hoffmann", CAND_ADDR, t("""
    Hi Oliver,

    any news on the medtech role? I'd be happy to do an interview by video if that speeds
    things up.

    Best,
    Wiebke
    """)) + t("""

    --
    Oliver Brandt-Mikkelsen | Partner
    Kastellet Search ApS | Store Kongensgade 40, 1264 København K | +45 20 66 81 37
    """), cte="quoted-printable")

# 18 -- Institut für Arzneimittelsicherheit Weser: formal Outlook letter with disclaimer.
add(slug="iaw_auswahlverfahren_abgeschlossen", lang="de",
    company="Institut für Arzneimittelsicherheit Weser", contact="g.rathjen@iaw-bremen.example.de",
    frm=("Gesa Rathjen", "g.rathjen@iaw-bremen.example.de"),
    subject="Stellenausschreibung IAW-03/2026 Dokumentationskraft",
    date="2026-03-18 14:36", key="iaw_rej", refs=["iaw_ack", "iaw_invite"],
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    im Namen von Prof. Dr. Wübbena danke ich Ihnen für Ihre Teilnahme am Auswahlgespräch am
    2. März.

    Das Auswahlverfahren zur Ausschreibung IAW-03/2026 ist abgeschlossen. Die
    Auswahlkommission hat nach Anhörung des Personalrats eine andere Bewerberin ausgewählt; wir
    bedauern, Ihnen keine positive Nachricht geben zu können.

    Ihre eingereichten Unterlagen senden wir nicht zurück, sondern vernichten sie nach Ablauf
    der Frist nach AGG datenschutzgerecht.

    Mit freundlichen Grüßen
    Gesa Rathjen
    Sekretariat
    Institut für Arzneimittelsicherheit Weser (IAW)
    An der Universität 3, 28359 Bremen
    Tel. 0421 218 60 412

    Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige
    Adressat sein, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
    Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
    """), shell="outlook", cte="base64", html_cte="quoted-printable")

# 19 -- Pharmapool Personaldienste relays the client's no (client named).
add(slug="pharmapool_relays_ammerland", lang="de", company="Klinikum Ammerland-Hunte",
    contact="n.bruening@pharmapool.example.de",
    frm=("Nadine Brüning", "n.bruening@pharmapool.example.de"),
    subject="Klinikum Ammerland-Hunte: Entscheidung", date="2026-02-05 12:10",
    key="pp_rej", refs=["pp_reg", "pp_invite", "pp_missed"], cs="windows-1252",
    text=t("""
    Hallo Frau Santangelo-Hoffmann,

    das Klinikum Ammerland-Hunte hat mir heute seine Entscheidung mitgeteilt: Nach dem
    verpassten Termin in Westerstede möchte die Pflegedirektion den Prozess mit Ihnen nicht
    fortsetzen und hat die Stelle in der Patientenaufnahme anderweitig vergeben. Ein neuer
    Termin wurde dort leider nicht mehr in Betracht gezogen.

    Ich bedauere das, gerade weil Sie fachlich gut gepasst hätten. Für künftige Einsätze bitte
    ich Sie, mir bei Terminproblemen kurz vorher Bescheid zu geben – dann kann ich beim Kunden
    etwas ausrichten.

    Freundliche Grüße
    Nadine Brüning
    Disponentin Gesundheitswesen
    Pharmapool Personaldienste GmbH · Contrescarpe 46 · 28195 Bremen
    Tel. 0421 3397 281
    """))

# 20 -- Hunze UMC: reply to her thank-you, the quoted part speaks of the interview.
add(slug="hunze_reply_to_thankyou", lang="en", company="Hunze University Medical Centre",
    contact="m.devries@hunze-umc.example.nl",
    frm=("de Vries, Marloes", "m.devries@hunze-umc.example.nl"),
    subject="RE: Thank you – panel interview 17 June", subj_enc=("utf-8", "B"),
    date="2026-07-01 10:18", key="hunze_rej",
    refs=["hunze_ack", "hunze_invite", "hunze_update", "ext-hunze-thanks"],
    text=t("""
    Dear Wiebke,

    Thank you for your kind message after the panel, and apologies that it has taken two weeks
    to get back to you.

    Dr Mulder and the panel have now made their choice for the Research Data Entry Officer
    post, and it was not in your favour. The deciding point was the Dutch language
    requirement for the patient-facing part of the job, which we had underestimated when we
    wrote the vacancy text. I am sorry we could not tell you this before you travelled.

    With kind regards,

    Marloes de Vries
    Recruiter, HR Services
    Hunze University Medical Centre
    Hanzeplein 80, 9713 GZ Groningen | +31 50 361 7720

    """) + outlook("en", "Wiebke Santangelo-Hoffmann <wiebke.sh@example.de>",
                   "Wednesday, June 17, 2026 8:51 PM", "de Vries, Marloes",
                   "Thank you – panel interview 17 June", t("""
    Dear Marloes,

    thank you for organising today's panel interview, and please pass my thanks to Dr Mulder
    and Ms Kooistra. I enjoyed hearing how the biobank intake works and would be very glad to
    join the team. I look forward to the next step.

    Kind regards,
    Wiebke Santangelo-Hoffmann
    """)), shell="outlook", cte="quoted-printable", html_cte="quoted-printable")

# 21 -- Klinikverbund Unterweser: softgarden, short, plain and HTML.
add(slug="unterweser_softgarden", lang="de", company="Klinikverbund Unterweser", contact="",
    frm=("Klinikverbund Unterweser", "noreply@softgarden.io"),
    subject="Ihre Bewerbung: Medizinische Dokumentationsassistenz (m/w/d)",
    date="2026-01-23 15:30", headers=[("Auto-Submitted", "auto-generated")],
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    vielen Dank für Ihr Interesse an einer Tätigkeit im Klinikverbund Unterweser.

    Für die ausgeschriebene Stelle haben wir Bewerbungen erhalten, deren Qualifikation
    unserem Anforderungsprofil noch besser entspricht. Wir haben uns daher gegen eine
    Einladung zum Gespräch entschieden.

    Wir wünschen Ihnen für Ihren weiteren Berufsweg viel Erfolg.

    Ihr Personalmanagement
    Klinikverbund Unterweser gGmbH
    """), shell="ats",
    shell_args=dict(brand="Klinikverbund Unterweser – Karriere", color="#00557f",
                    footer="Diese Nachricht wurde über softgarden versendet."))

# 22 -- Biopôle Meinau: Workable, after the phone screen.
add(slug="biopole_workable", lang="fr", company="Biopôle Meinau", contact="",
    frm=("Biopôle Meinau", "noreply@workablemail.com"), name_enc=("iso-8859-1", "Q"),
    subject="Suite à votre entretien téléphonique (Biopôle Meinau)",
    subj_enc=("iso-8859-1", "Q"), date="2026-04-02 17:50", tz="+0000",
    key="bpm_rej", refs=["bpm_invite"],
    text=t("""
    Bonjour Wiebke,

    Merci d'avoir pris le temps d'échanger avec Léa la semaine dernière au sujet du poste
    d'assistante saisie de données cliniques.

    Nous avons finalement retenu un profil disposant déjà d'une expérience en laboratoire de
    bioproduction. Nous ne sommes donc pas en mesure de poursuivre avec vous.

    Nous vous remercions de votre intérêt et vous souhaitons le meilleur pour la suite.

    L'équipe recrutement de Biopôle Meinau
    """), shell="ats", cs="iso-8859-1", cte="quoted-printable",
    shell_args=dict(brand="Biopôle Meinau", color="#3b6e8f",
                    footer="Envoyé avec Workable. Merci de ne pas répondre à ce message."))

# 23 -- Datos Clínicos Gràcia: soft, human.
add(slug="dcg_perfiles", lang="es", company="Datos Clínicos Gràcia",
    contact="jordi.puigdomenech@dcgracia.example.es",
    frm=("Jordi Puigdomènech", "jordi.puigdomenech@dcgracia.example.es"),
    name_enc=("iso-8859-1", "Q"),
    subject="Re: Entrevista data entry – Datos Clínicos Gràcia", subj_enc=("utf-8", "Q"),
    date="2026-09-25 19:03", key="dcg_rej", refs=["dcg_invite", "ext-dcg-thanks"],
    cs="iso-8859-1",
    text=t("""
    Hola Wiebke,

    gracias de nuevo por la videollamada del día 15. Te escribo para cerrar el proceso: hemos
    optado por dos personas que ya trabajaban con nosotros como becarias y que conocen el
    protocolo del estudio de cardiología. No seguiremos adelante con tu candidatura.

    Me quedo con tu CV; es probable que abramos otra posición en primavera.

    Un abrazo,
    Jordi

    Jordi Puigdomènech
    Responsable de Data Management
    Datos Clínicos Gràcia S.L. · Carrer de Verdi 88 · 08012 Barcelona

    """) + wrote("es", "mar, 15 sept 2026 a las 18:02", CAND_NAME, CAND_ADDR, t("""
    Hola Jordi:

    Muchas gracias por la entrevista de esta tarde. Me ha encantado conocer el estudio de
    cardiología y cómo organizáis la doble entrada de datos. Quedo a la espera de vuestras
    noticias para la siguiente fase.

    Un saludo,
    Wiebke
    """)))

# 24 -- Vesterbro Health Analytics: the casual chat did not lead anywhere.
add(slug="vesterbro_casual_no", lang="en", company="Vesterbro Health Analytics",
    contact="lars@vesterbro-ha.example.dk",
    frm=("Lars Winther", "lars@vesterbro-ha.example.dk"),
    subject="Re: Friday chat", date="2026-08-26 16:40", key="vha_rej",
    refs=["vha_invite", "vha_move"],
    text=t("""
    Hey Wiebke,

    Sorry for the radio silence since our chat on Friday the 14th. I talked it over with
    Karoline and we're not going to offer you the registry coordinator job – we need someone
    who can write a bit of Python from day one, and that just isn't where you are yet.

    Honestly enjoyed talking to you. If you pick up some scripting over the winter, ping me.

    Cheers,
    Lars

    Lars Winther
    Head of Data Operations, Vesterbro Health Analytics
    Vesterbrogade 149, 1620 København V
    """))

# 25 -- Fleetwerk Pharma: the position is frozen after a missed video call.
add(slug="fleetwerk_stelle_pausiert", lang="de", company="Fleetwerk Pharma",
    contact="merle.schacht@fleetwerk-pharma.example.de",
    frm=("Merle Schacht", "merle.schacht@fleetwerk-pharma.example.de"),
    subject="Stelle Pharmakovigilanz-Datenerfassung – aktueller Stand",
    subj_enc=("utf-8", "B"), date="2026-09-02 10:05", key="flw_rej",
    refs=["flw_ack", "flw_missed"],
    text=t("""
    Hallo Frau Santangelo-Hoffmann,

    danke für Ihre Nachricht und den Vorschlag neuer Termine.

    Leider hat sich die Lage bei uns verändert: Unsere Geschäftsführung hat die Stelle in der
    Pharmakovigilanz-Datenerfassung bis auf Weiteres eingefroren, weil die Abteilung mit
    unserem Standort in Lübeck zusammengelegt wird. Wir setzen das Auswahlverfahren deshalb
    nicht fort – weder mit Ihnen noch mit anderen Bewerbenden.

    Ich hoffe, Sie finden zeitnah etwas Passendes.

    Beste Grüße
    Merle Schacht
    Recruiting | Fleetwerk Pharma GmbH
    Billstraße 80, 20539 Hamburg
    """))

# 26 -- Stadtklinik Oldenburg-Eversten: HR forwards the ward's internal verdict.
add(slug="eversten_forwarded_note", lang="de", company="Stadtklinik Oldenburg-Eversten",
    contact="a.janssen@stadtklinik-eversten.example.de",
    frm=("Anke Janßen", "a.janssen@stadtklinik-eversten.example.de"), name_enc=("utf-8", "Q"),
    subject="WG: Rückmeldung Hospitation Frau Santangelo-Hoffmann",
    date="2026-08-20 13:44",
    text=t("""
    Liebe Frau Santangelo-Hoffmann,

    ich leite Ihnen die Rückmeldung von Dr. Hinrichs weiter, damit Sie sie aus erster Hand
    haben. Sie ist freundlich gemeint, aber leider eindeutig: Eine Zusage für die Stelle in
    der Aufnahmedokumentation können wir Ihnen nicht geben.

    Alles Gute für Sie!
    Anke Janßen
    Personalabteilung, Stadtklinik Oldenburg-Eversten
    Hauptstraße 76, 26122 Oldenburg

    """) + forwarded("de", "Dr. Rolf Hinrichs <r.hinrichs@stadtklinik-eversten.example.de>",
                     "Mi., 19. Aug. 2026 um 16:02", "Rückmeldung Hospitation",
                     "Anke Janßen <a.janssen@stadtklinik-eversten.example.de>", t("""
    Hallo Anke,

    Frau Santangelo-Hoffmann war gestern den ganzen Tag bei uns in der Aufnahme. Sehr
    freundlich, sorgfältig, kennt sich mit Medikationslisten bestens aus. Für unsere Stelle
    brauchen wir aber jemanden mit Erfahrung in der DRG-Kodierung, das kann sie nicht
    mitbringen. Bitte sag ihr ab, aber nett – vielleicht passt sie für die Apotheke.

    Gruß Rolf
    """)), cte="quoted-printable")

# 27 -- Lindholm Bio "via Greenhouse" without any Reply-To: no human address.
add(slug="lindholm_via_greenhouse_noreply", lang="en", company="Lindholm Bio", contact="",
    frm=("Ida Sørensen via Greenhouse", "no-reply@greenhouse-mail.io"), name_enc=("utf-8", "Q"),
    subject="Lindholm Bio: an update on your application", date="2026-09-15 22:12",
    tz="-0400",
    text=t("""
    Dear Wiebke,

    Thanks for applying to the Clinical Trial Data Technician role at Lindholm Bio. We have
    reviewed your materials with care.

    We're sorry to say that we won't be inviting you to interview for this position. We had
    an unusually large number of applications, and the hiring team has decided on a shortlist
    that does not include you.

    We wish you every success,
    Ida Sørensen
    Recruiting Coordinator, Lindholm Bio
    """), shell="ats",
    shell_args=dict(brand="Lindholm Bio", color="#24a148",
                    footer="This email was sent from a notification-only address. Powered by Greenhouse."))

# 28 -- Universität Herrenhausen: after the trial task.
add(slug="uni_herrenhausen_probeaufgabe", lang="de", company="Universität Herrenhausen",
    contact="maren.fischbeck@uni-herrenhausen.example.de",
    frm=("Dr. Maren Fischbeck", "maren.fischbeck@uni-herrenhausen.example.de"),
    subject="Probeaufgabe Datenerfassung Kohortenstudie", date="2026-09-29 12:31",
    cs="iso-8859-1",
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    vielen Dank für die Bearbeitung der Probeaufgabe zur Doppelerfassung der Fragebögen aus
    unserer Kohortenstudie. Ihre Erfassung war weitgehend fehlerfrei; bei der Plausibilitäts-
    prüfung haben uns die Mitbewerberinnen allerdings mehr überzeugt.

    Ich muss Ihnen daher mitteilen, dass wir die Stelle als wissenschaftliche Hilfskraft
    (Datenerfassung, 19,9 Std.) nicht mit Ihnen besetzen werden.

    Mit besten Grüßen
    Dr. Maren Fischbeck
    Institut für Biometrie und Epidemiologie
    Universität Herrenhausen
    Herrenhäuser Straße 2, 30419 Hannover
    """))

# 29 -- Christianshavn Pharma: SmartRecruiters, talent-pool wording.
add(slug="christianshavn_talent_pool", lang="en", company="Christianshavn Pharma", contact="",
    frm=("Christianshavn Pharma", "noreply@smartrecruiters.com"),
    subject="Christianshavn Pharma – your application for Clinical Data Clerk",
    subj_enc=("utf-8", "B"), date="2026-07-08 07:15", tz="+0000",
    key="chp_rej", refs=["chp_ack"], headers=[("Auto-Submitted", "auto-generated")],
    html_text=t("""
    Dear Wiebke,

    Thank you for considering Christianshavn Pharma for your next career step.

    The Clinical Data Clerk position has attracted many strong candidates, and we have chosen
    not to invite you to the interview stage. With your permission we would like to keep your
    profile in our talent community, so that our recruiters can contact you about future
    openings.

    Best regards,
    Christianshavn Pharma Talent Acquisition
    """), shell="ats",
    shell_args=dict(brand="Christianshavn Pharma", color="#003b5c",
                    button=("Join our talent community",
                            "https://jobs.smartrecruiters.com/ChristianshavnPharma/talent"),
                    footer="Please do not reply to this automated message."))

# 30 -- Laboratoire Neudorf Analyses: terse human French.
add(slug="neudorf_bref", lang="fr", company="Laboratoire Neudorf Analyses",
    contact="m.hirtz@labo-neudorf.example.fr",
    frm=("Marc Hirtz", "m.hirtz@labo-neudorf.example.fr"),
    subject="Re: Candidature secrétaire saisie", date="2026-05-07 08:12",
    refs=["ext-neudorf-app"],
    text=t("""
    Bonjour,

    Le poste est pourvu. Merci pour votre candidature.

    M. Hirtz
    Laboratoire Neudorf Analyses – 41 route du Polygone, Strasbourg

    """) + wrote("fr", "lun. 4 mai 2026 à 21:37", "Wiebke Santangelo-Hoffmann", CAND_ADDR, t("""
    Bonjour Monsieur Hirtz,

    Je vous adresse ma candidature pour le poste de secrétaire saisie publié sur le site de
    la Chambre de commerce. Je serais ravie de vous présenter mon parcours lors d'un
    entretien, à votre convenance.

    Cordialement,
    Wiebke Santangelo-Hoffmann
    """)))

# 31 -- Klinik Lesum-Burg: no after the no-show, quoting the original invitation.
add(slug="lesumburg_after_noshow", lang="de", company="Klinik Lesum-Burg",
    contact="c.meyerdierks@klinik-lesumburg.example.de",
    frm=("Claudia Meyerdierks", "c.meyerdierks@klinik-lesumburg.example.de"),
    subject="AW: AW: Einladung zum Vorstellungsgespräch am 12.10.", date="2026-10-20 10:26",
    key="lsb_rej", refs=["ext-lsb-invite", "lsb_missed", "ext-lsb-sorry"],
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    danke für Ihre Entschuldigung und die Erklärung mit der Bahn. Wir haben im Team darüber
    gesprochen, ob wir einen zweiten Termin anbieten. Da wir die Stelle zum 1. November
    besetzen müssen und inzwischen eine andere Bewerberin zugesagt hat, ist das Verfahren für
    Sie leider beendet.

    Mit freundlichen Grüßen
    Claudia Meyerdierks
    Personalabteilung
    Klinik Lesum-Burg · Am Burgdamm 19 · 28717 Bremen

    -----Ursprüngliche Nachricht-----
    Von: Claudia Meyerdierks <c.meyerdierks@klinik-lesumburg.example.de>
    Gesendet: Freitag, 2. Oktober 2026 14:05
    An: Wiebke Santangelo-Hoffmann <wiebke.sh@example.de>
    Betreff: Einladung zum Vorstellungsgespräch am 12.10.

    Sehr geehrte Frau Santangelo-Hoffmann,

    wir laden Sie herzlich zu einem Vorstellungsgespräch für die Stelle als
    Dokumentationsassistentin in unserer Zentralen Aufnahme ein: Montag, 12. Oktober 2026,
    10:00 Uhr, Verwaltungsgebäude, Raum 1.14. Bitte bestätigen Sie den Termin kurz per E-Mail.

    Mit freundlichen Grüßen
    Claudia Meyerdierks
    """), cs="iso-8859-1", cte="8bit")
