"""Corpus 244, interview invitations, reschedules/cancellations and missed interviews."""

from msgs244_common import CAND, M, ats_card, es_q, fr_q, gmail_q, outlook_html, outlook_q, paras


def I(*a, **kw):
    return M("interview_invitation", *a, **kw)


def S(*a, **kw):
    return M("interview_reschedule_or_cancel", *a, **kw)


def X(*a, **kw):
    return M("missed_interview_notice", *a, **kw)


ME_Q = "Morwenna Achebe-Lindqvist <" + CAND + ">"
KC = "tamsin.pascoe@kernowcoast.example.co.uk"
KC_ICS = dict(uid="kc-interview-0412@kernowcoast.example.co.uk", start="2026-04-14 10:00",
              end="2026-04-14 11:00", summary="Interview: Digital Marketing Executive",
              location="Kernow Coast Tourism, Lemon Street, Truro", org=KC,
              org_name="Tamsin Pascoe")

MSGS = [
    # ---------------- invitations: en 15
    I("kernow_coast_panel_ics", "en", "Kernow Coast Tourism", KC,
      "Tamsin Pascoe <" + KC + ">", "Interview invitation - Digital Marketing Executive",
      "2026-04-02 11:20 +0100",
      "Dear Morwenna,\n\nThank you for your application. We were impressed and would like to invite "
      "you to a panel interview on Tuesday 14 April at 10:00 at our office on Lemon Street, Truro. "
      "The panel will be me, our Head of Visitor Marketing and a board member.\n\nPlease accept "
      "the calendar invitation attached, or let me know if the time doesn't suit.\n\nBest wishes,\n"
      "Tamsin Pascoe\nMarketing & Partnerships Manager\nKernow Coast Tourism\nLemon Street, "
      "Truro TR1\n01872 000 210", ics=dict(KC_ICS), id="kc_invite", parent="kc_ack"),
    I("greenhouse_via_link", "en", "Severn & Gorge Outfitters", "ellie.dunn@severngorge.example.co.uk",
      "Ellie Dunn via Greenhouse <no-reply@greenhouse-mail.io>",
      "Interview with Severn & Gorge Outfitters", "2026-03-10 09:48 +0000",
      "Hi Morwenna,\n\nThanks for applying to Severn & Gorge Outfitters! We'd love to invite you "
      "to interview for the Digital Marketing Executive role in Bristol.\n\nPlease choose a time "
      "that works for you using the link below:\nhttps://app.greenhouse.io/scheduling/abc244\n\n"
      "Best,\nEllie", reply_to="Ellie Dunn <ellie.dunn@severngorge.example.co.uk>",
      html=ats_card("Severn & Gorge Outfitters", "#2d6a4f",
                    "Hi Morwenna,\n\nThanks for applying to Severn & Gorge Outfitters! We'd love "
                    "to invite you to interview for the Digital Marketing Executive role in "
                    "Bristol.\n\nPlease choose a time that works for you using the link below.",
                    "Pick a time", "https://app.greenhouse.io/scheduling/abc244"),
      id="sg_invite"),
    I("recruiter_phone_screen", "en", "Plymouth Gin Quarter", "laura.vosper@gq.example.co.uk",
      "Laura Vosper <laura.vosper@gq.example.co.uk>", "Quick call?", "2026-02-05 14:03 +0000",
      "Hi Morwenna,\n\nI'm the in-house recruiter at Plymouth Gin Quarter. Your application for "
      "the Marketing Executive role caught my eye - could we do a 20-minute phone screen this "
      "week? Wednesday or Thursday afternoon would work for me. Just send a number and a time "
      "that suits.\n\nThanks,\nLaura Vosper\nTalent Partner, Plymouth Gin Quarter"),
    I("agency_client_interview", "en", "Cardiff Bay Ferries", "gethin.morgan@dragonrec.example.co.uk",
      "Gethin Morgan <gethin.morgan@dragonrec.example.co.uk>",
      "Interview arranged - Cardiff Bay Ferries", "2026-04-24 10:30 +0100",
      "Hi Morwenna,\n\nGreat news - Cardiff Bay Ferries would like to meet you. I've pencilled "
      "in Thursday 30 April at 14:00 at their terminal office in Cardiff Bay with Rhian Price "
      "(Marketing Manager). It'll be an hour, competency questions plus a chat about their summer "
      "campaign.\n\nCan you confirm by return and I'll lock it in?\n\nCheers,\nGethin Morgan\n"
      "Senior Consultant | Dragon Recruitment\n07700 900 412", id="cbf_invite"),
    I("assessment_centre", "en", "Tamar Otter Trust", "sian.rowe@tamarotter.example.org.uk",
      "Sian Rowe <sian.rowe@tamarotter.example.org.uk>",
      "Invitation to assessment morning - Digital Engagement Officer", "2026-04-08 13:15 +0100",
      "Dear Morwenna,\n\nWe are pleased to invite you to an assessment morning for the Digital "
      "Engagement Officer post on Friday 24 April, 09:30-13:00, at our Plymouth office. The "
      "morning includes a group exercise, a short written fundraising email task and a panel "
      "interview.\n\nPlease reply to confirm your attendance and let us know of any adjustments "
      "you need.\n\nKind regards,\nSian Rowe\nSupporter Engagement Manager", id="tot_invite",
      pdf=[("Assessment_morning_programme.pdf",
            ["Tamar Otter Trust - Assessment morning", "09:30 Welcome", "10:00 Group exercise",
             "11:15 Written task", "12:00 Panel interview"])]),
    I("casual_thursday", "en", "St Ives Bakehouse", "morwen@stivesbakehouse.example.co.uk",
      "Morwen Bolitho <morwen@stivesbakehouse.example.co.uk>", "Re: your CV",
      "2026-01-27 20:14 +0000",
      "Hiya Morwenna,\n\nLoved your ideas for the Insta. Are you free Thursday afternoon to chat "
      "about the social media job? Could do 3ish at the shop, there'll be a pasty in it for you.\n"
      "\nMorwen\n\n" + gmail_q(ME_Q, "Sun, 25 Jan 2026 at 11:40",
                              "Hi Morwen,\n\nI saw your notice in the window - please find my CV "
                              "attached. I'd love to help with your social media.\n\nMorwenna")),
    I("trial_day", "en", "Lanyon & Daughters", "ops@lanyondaughters.example.co.uk",
      "Lanyon & Daughters <ops@lanyondaughters.example.co.uk>",
      "Trial day - E-commerce Marketing", "2026-05-11 08:55 +0100",
      "Hello Morwenna,\n\nFollowing your application, we'd like to invite you for a paid trial "
      "day at our Falmouth warehouse on Monday 18 May, 09:00-16:00. You'll sit with our "
      "e-commerce team, write a product newsletter and review our ad account.\n\nLunch is "
      "provided. Please reply to confirm.\n\nLanyon & Daughters\nOps Team", html=outlook_html(
          "Hello Morwenna,\n\nFollowing your application, we'd like to invite you for a paid trial "
          "day at our Falmouth warehouse on Monday 18 May, 09:00-16:00. You'll sit with our "
          "e-commerce team, write a product newsletter and review our ad account.\n\nLunch is "
          "provided. Please reply to confirm.")),
    I("lever_schedule_html_only", "en", "Quayside Digital", "",
      "Quayside Digital <no-reply@hire.lever.co>", "Let's schedule your first interview",
      "2026-06-01 10:00 +0100",
      html=ats_card("Quayside Digital", "#ff6b35",
                    "Hi Morwenna,\n\nWe'd like to invite you to a 30-minute video interview for "
                    "Junior Digital Marketing Executive. Please book a slot in the next five days.",
                    "Book interview", "https://jobs.lever.co/quayside/schedule/244")),
    I("teams_panel_ics_attach", "en", "Bristol Harbourside Trust", "priya.shah@bht.example.org.uk",
      "Priya Shah <priya.shah@bht.example.org.uk>",
      "Interview: Marketing Executive (Events) - Teams", "2026-08-17 15:30 +0100",
      "Hi Morwenna,\n\nThanks for your application for our Events marketing role - we'd like to "
      "interview you on Microsoft Teams on Tuesday 25 August at 14:30. The invite is attached; "
      "the panel will be me and our Events Lead.\n\nPriya Shah\nPeople Partner\nBristol "
      "Harbourside Trust | Wapping Wharf, Bristol BS1\n\nThis message is intended for the "
      "addressee only. Bristol Harbourside Trust is a registered charity in England and Wales.",
      ics=dict(uid="bht-evt-2508@bht.example.org.uk", start="2026-08-25 14:30",
               end="2026-08-25 15:15", summary="Interview - Marketing Executive (Events)",
               location="Microsoft Teams", org="priya.shah@bht.example.org.uk",
               org_name="Priya Shah", attach=True)),
    I("second_round_after_reject_quote", "en", "Exmoor Escapes", "hannah@exmoorescapes.example.co.uk",
      "Hannah Ridd <hannah@exmoorescapes.example.co.uk>",
      "Re: Exmoor Escapes | Marketing Executive", "2026-07-24 09:20 +0100",
      "Morwenna,\n\nPlease ignore the automated message below - our system sent it to the wrong "
      "list. We'd actually like you to come for a second interview at our Dulverton office on "
      "Friday 31 July at 11:00. Could you confirm?\n\nHannah Ridd\nOwner, Exmoor Escapes\n\n"
      + gmail_q("Exmoor Escapes <noreply@workablemail.com>", "Tue, 21 Jul 2026 at 11:11",
                "Hi Morwenna,\n\nUnfortunately you have not been selected for the next stage of "
                "Marketing Executive at Exmoor Escapes.")),
    I("ashby_video", "en", "Lighthouse Lettings", "",
      "Lighthouse Lettings <no-reply@ashbyhq.com>",
      "Interview invitation: Marketing & Content Executive", "2026-09-08 12:12 +0100",
      "Hi Morwenna,\n\nYou're invited to a video interview with Lighthouse Lettings for the "
      "Marketing & Content Executive role. Select a time here:\n"
      "https://jobs.ashbyhq.com/lighthouse/schedule/244\n\nThe interview lasts 45 minutes.\n\n"
      "Lighthouse Lettings Recruiting", cte="quoted-printable"),
    I("council_panel_letter", "en", "Plymouth City Events", "events.hr@plymouthevents.example.gov.uk",
      "Plymouth City Events HR <events.hr@plymouthevents.example.gov.uk>",
      "Shortlisted: Digital Marketing Officer (PCE-112)", "2026-05-26 16:00 +0100",
      "Dear Ms Achebe-Lindqvist,\n\nI am pleased to inform you that you have been shortlisted for "
      "the post of Digital Marketing Officer. Interviews will be held on Wednesday 10 June at "
      "Royal Parade, Plymouth. Your slot is 13:45. The interview will include a 10-minute "
      "presentation: 'Growing off-season visitors through social media'.\n\nPlease bring photo "
      "ID.\n\nYours sincerely,\nHR Services", pdf=[("PCE-112_interview_letter.pdf",
                                                     ["Plymouth City Events", "Interview letter",
                                                      "Wednesday 10 June 2026, 13:45"])]),
    I("recruiter_call_windows1252", "en", "Celtic Sea Holidays", "becca@brightwave.example.co.uk",
      "Becca Nance <becca@brightwave.example.co.uk>",
      "Celtic Sea Holidays – can we talk?", "2026-03-02 09:05 +0000",
      "Morning Morwenna,\n\nI’m recruiting for Celtic Sea Holidays (Newquay office, hybrid) and "
      "they’ve asked me to set up a first-stage video interview with you for their Digital "
      "Marketing Executive role. Are you free Friday at 10:00 or Monday at 15:00?\n\nBecca Nance\n"
      "Brightwave Talent – Truro", charset="windows-1252", cte="quoted-printable"),
    I("forwarded_invite", "en", "Truro Cathedral Shop", "anna.kemp@truroshop.example.org.uk",
      "Anna Kemp <anna.kemp@truroshop.example.org.uk>", "Fwd: Interview slot",
      "2026-02-18 12:01 +0000",
      "Hi Morwenna, forwarding this from our manager as it went to my old address. We'd love to "
      "see you on Monday 23rd at 2pm for an interview - just reply to me to confirm.\n\nAnna\n\n"
      "---------- Forwarded message ---------\nFrom: Rob Trenerry <rob@truroshop.example.org.uk>"
      "\nDate: Tue, 17 Feb 2026\nSubject: Interview slot\nTo: Anna Kemp\n\nAnna, can you invite "
      "Morwenna (library candidate) for Monday 2pm? Thanks, Rob"),
    I("greenhouse_second_stage", "en", "Wye & Usk Wines", "",
      "Wye & Usk Wines <no-reply@greenhouse-mail.io>",
      "Next step: final interview in Cardiff", "2026-10-05 11:45 +0100",
      "Hello Morwenna,\n\nCongratulations on progressing to the final stage for our Digital "
      "Marketing Executive role. The final interview will be held at our Cardiff shop on "
      "Tuesday 13 October. Choose a time using this link:\n"
      "https://app.greenhouse.io/scheduling/wyeusk\n\nWye & Usk Wines Talent Team"),
    # de 4
    I("rheinblick_einladung", "de", "Rheinblick Medien", "s.kaiser@rheinblick.example.de",
      "Sabine Kaiser <s.kaiser@rheinblick.example.de>",
      "Einladung zum Vorstellungsgespräch – Digital Marketing Executive", "2026-06-16 10:40 +0200",
      "Liebe Frau Achebe-Lindqvist,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern "
      "zu einem Vorstellungsgespräch per Video einladen, am Dienstag, 23. Juni, um 11:00 Uhr. "
      "Das Gespräch führen wir auf Englisch; der Kalendereintrag ist beigefügt.\n\nMit "
      "freundlichen Grüßen\nSabine Kaiser\nHR Business Partner\nRheinblick Medien GmbH\n"
      "Agrippinaufer 00, 50678 Köln",
      ics=dict(uid="rb-0623@rheinblick.example.de", start="2026-06-23 11:00",
               end="2026-06-23 12:00", summary="Vorstellungsgespräch Achebe-Lindqvist",
               location="Google Meet", org="s.kaiser@rheinblick.example.de",
               org_name="Sabine Kaiser", tz="Europe/Berlin"),
      id="rb_invite", parent="rb_ack", subj_enc=("utf-8", "B")),
    I("personio_termin", "de", "Kranhaus Kaffee", "",
      "Kranhaus Kaffee <jobs@personio.de>", "Terminvorschlag für ein Kennenlernen",
      "2026-03-09 13:30 +0100",
      "Hallo Morwenna,\n\nschön, dass du dich bei Kranhaus Kaffee beworben hast! Wir würden "
      "dich gern in einem 30-minütigen Video-Call kennenlernen. Bitte wähle über den folgenden "
      "Link einen passenden Termin:\nhttps://kranhaus.jobs.personio.de/termin/244\n\nBis bald!\n"
      "Dein Kranhaus-Team", charset="iso-8859-1", cte="quoted-printable"),
    I("agentur_kunde", "de", "Hafenkante Mode", "t.schreiner@personalwerk.example.de",
      "Tobias Schreiner <t.schreiner@personalwerk.example.de>",
      "Gesprächstermin bei Hafenkante Mode", "2026-09-02 09:12 +0200",
      "Hallo Morwenna,\n\nwie telefonisch besprochen: Hafenkante Mode möchte dich kennenlernen. "
      "Termin ist Mittwoch, 9. September, 14 Uhr, im Showroom am Rheinauhafen. Ansprechpartnerin "
      "vor Ort ist Frau Lenz aus dem Marketing.\n\nGib mir bitte kurz Bescheid, ob das passt.\n\n"
      "Beste Grüße\nTobias Schreiner\nPersonalwerk Rheinland"),
    I("probearbeiten", "de", "Buchhandlung am Dom", "inhaber@buchamdom.example.de",
      "Ralf Wegener <inhaber@buchamdom.example.de>", "Probetag Social Media",
      "2026-07-07 17:20 +0200",
      "Sehr geehrte Frau Achebe-Lindqvist,\n\nIhre Bewerbung hat uns gefallen. Hätten Sie "
      "Lust auf einen Probetag am Samstag, 18. Juli? Sie könnten unseren Instagram-Auftritt "
      "für die Lesenacht planen. Wir starten um 10 Uhr.\n\nHerzliche Grüße\nRalf Wegener",
      html="<html><body>" + paras("Sehr geehrte Frau Achebe-Lindqvist,\n\nIhre Bewerbung hat "
                                  "uns gefallen. Hätten Sie Lust auf einen Probetag am Samstag, "
                                  "18. Juli? Sie könnten unseren Instagram-Auftritt für die "
                                  "Lesenacht planen. Wir starten um 10 Uhr.\n\nHerzliche Grüße\n"
                                  "Ralf Wegener") + "</body></html>"),
    # fr 4
    I("lefeuvre_entretien", "fr", "Maison Lefeuvre", "c.guerin@maisonlefeuvre.example.fr",
      "Camille Guérin <c.guerin@maisonlefeuvre.example.fr>",
      "Entretien – chargée de marketing digital", "2026-05-20 15:10 +0200",
      "Bonjour Morwenna,\n\nSuite à votre candidature, nous serions ravis de vous rencontrer "
      "pour un entretien le jeudi 4 juin à 10h30, dans nos locaux du quai de la Fosse à Nantes "
      "(ou en visio si vous êtes encore en Cornouailles).\n\nVous trouverez l'invitation "
      "ci-jointe.\n\nBien cordialement,\nCamille Guérin\nResponsable communication\nMaison Lefeuvre",
      ics=dict(uid="ml-entretien-0604@maisonlefeuvre.example.fr", start="2026-06-04 10:30",
               end="2026-06-04 11:30", summary="Entretien Morwenna Achebe-Lindqvist",
               location="12 quai de la Fosse, Nantes", org="c.guerin@maisonlefeuvre.example.fr",
               org_name="Camille Guerin", tz="Europe/Paris"), id="ml_invite",
      frm_enc=("iso-8859-1", "B")),
    I("fr_appel_recruteur", "fr", "Office de Tourisme Nantes Estuaire",
      "julien.martin@otne.example.fr", "Julien Martin <julien.martin@otne.example.fr>",
      "Votre candidature – un premier échange ?", "2026-02-23 11:00 +0100",
      "Bonjour Madame,\n\nVotre profil a retenu notre attention pour le poste de chargée de "
      "contenus digitaux. Seriez-vous disponible pour un appel téléphonique de 30 minutes "
      "mercredi ou jeudi prochain ? Indiquez-moi vos disponibilités et un numéro.\n\nCordialement,"
      "\nJulien Martin\nChargé de recrutement", charset="iso-8859-1", cte="base64"),
    I("fr_journee_evaluation", "fr", "Nantes Vélo Partage", "",
      "Nantes Vélo Partage <noreply@smartrecruiters.com>",
      "Invitation : journée d'évaluation", "2026-08-25 09:00 +0200",
      html=ats_card("Nantes Vélo Partage", "#1b998b",
                    "Bonjour Morwenna,\n\nNous avons le plaisir de vous inviter à notre journée "
                    "d'évaluation le 8 septembre à Nantes : atelier en groupe, cas pratique "
                    "réseaux sociaux et entretien individuel.\n\nMerci de confirmer votre "
                    "présence via le lien.", "Confirmer", "https://smartrecruiters.com/nvp/244"),
      subj_enc=("utf-8", "Q")),
    I("fr_agence_rdv", "fr", "Cité des Vins de Loire", "amelie.roux@talentsouest.example.fr",
      "Amélie Roux <amelie.roux@talentsouest.example.fr>",
      "RDV avec la Cité des Vins de Loire", "2026-09-10 16:30 +0200",
      "Bonjour Morwenna,\n\nBonne nouvelle : la Cité des Vins de Loire souhaite vous rencontrer "
      "mardi 15 septembre à 14h en visio, avec la directrice marketing. Je vous envoie le lien "
      "dès que vous me confirmez.\n\nAmélie Roux\nTalents Ouest Recrutement"),
    # es 3
    I("txori_entrevista", "es", "Txori Agencia Creativa", "ane.zubiri@txori.example.es",
      "Ane Zubiri <ane.zubiri@txori.example.es>", "Entrevista en Txori",
      "2026-05-04 10:25 +0200",
      "Hola Morwenna:\n\nGracias por enviarnos tu candidatura. Nos gustaría conocerte en una "
      "entrevista presencial en nuestra oficina de Bilbao el martes 12 de mayo a las 11:00. "
      "Si te viene mejor por videollamada, dímelo.\n\nUn saludo,\nAne Zubiri\nDirectora de "
      "Cuentas · Txori Agencia Creativa", id="tx_invite"),
    I("es_llamada", "es", "Bilbao Turismo Digital", "marta.goni@btd.example.es",
      "Marta Goñi <marta.goni@btd.example.es>", "¿Hablamos el jueves?",
      "2026-02-10 18:00 +0100",
      "Hola Morwenna,\n\nHe visto tu candidatura para el puesto de Community Manager. ¿Te "
      "viene bien una llamada rápida el jueves por la mañana para conocernos? Dime a qué hora "
      "y a qué número te llamo.\n\nMarta", subj_enc=("iso-8859-1", "Q"), frm_enc=("utf-8", "Q")),
    I("es_workable", "es", "Sidrería Digital Gorbea", "",
      "Sidrería Digital Gorbea <noreply@workablemail.com>",
      "Invitación a entrevista – Marketing Executive", "2026-07-29 12:00 +0200",
      "Hola Morwenna,\n\nTe invitamos a una entrevista por vídeo para el puesto de Marketing "
      "Executive. Elige el horario que mejor te convenga:\nhttps://apply.workable.com/gorbea/244"
      "\n\nSidrería Digital Gorbea", cte="base64"),

    # ---------------- reschedule / cancel: en 9
    S("kernow_coast_moved_seq1", "en", "Kernow Coast Tourism", KC,
      "Tamsin Pascoe <" + KC + ">", "Updated invitation: Interview - now 15 April 10:00",
      "2026-04-09 16:02 +0100",
      "Hi Morwenna,\n\nSorry to shuffle things - our board member can't make Tuesday, so I've "
      "moved your interview to Wednesday 15 April, same time (10:00), same place. The updated "
      "calendar invitation is attached.\n\nTamsin",
      ics=dict(KC_ICS, seq=1, start="2026-04-15 10:00", end="2026-04-15 11:00"),
      id="kc_move", parent="kc_invite"),
    S("interviewer_ill", "en", "Plymouth Gin Quarter", "laura.vosper@gq.example.co.uk",
      "Laura Vosper <laura.vosper@gq.example.co.uk>", "Re: Quick call?",
      "2026-02-12 08:10 +0000",
      "Morning Morwenna,\n\nI'm so sorry - I've come down with a nasty bug and have lost my voice. "
      "Could we push today's call to Monday at the same time? Fingers crossed I'll sound human by "
      "then.\n\nLaura\n\n" + gmail_q("Laura Vosper <laura.vosper@gq.example.co.uk>",
                                      "Thu, 5 Feb 2026 at 14:03",
                                      "Could we do a 20-minute phone screen this week?")),
    S("ics_cancel_no_reject", "en", "Bristol Harbourside Trust", "priya.shah@bht.example.org.uk",
      "Priya Shah <priya.shah@bht.example.org.uk>",
      "Cancelled: Interview - Marketing Executive (Events)", "2026-08-21 17:40 +0100",
      "Hi Morwenna,\n\nI've had to cancel Tuesday's interview slot as our Events Lead is "
      "travelling. Your application is still very much live - I'll send new times early next "
      "week.\n\nPriya",
      ics=dict(uid="bht-evt-2508@bht.example.org.uk", start="2026-08-25 14:30",
               end="2026-08-25 15:15", summary="Interview - Marketing Executive (Events)",
               location="Microsoft Teams", org="priya.shah@bht.example.org.uk",
               org_name="Priya Shah", method="CANCEL", seq=1)),
    S("agency_moves_client", "en", "Cardiff Bay Ferries", "gethin.morgan@dragonrec.example.co.uk",
      "Gethin Morgan <gethin.morgan@dragonrec.example.co.uk>",
      "RE: Interview arranged - Cardiff Bay Ferries", "2026-04-28 12:00 +0100",
      "Hi Morwenna,\n\nSmall change: Rhian's been pulled into a board meeting on Thursday, so "
      "Cardiff Bay Ferries have asked to move you to Friday 1 May at 10:30. Same venue. Shout if "
      "that's a problem.\n\nGethin\n\n"
      + outlook_q("Gethin Morgan", "Friday, April 24, 2026 10:30", "Morwenna Achebe-Lindqvist",
                  "Interview arranged - Cardiff Bay Ferries",
                  "Cardiff Bay Ferries would like to meet you on Thursday 30 April at 14:00."),
      parent="cbf_invite"),
    S("greenhouse_reschedule_html", "en", "Severn & Gorge Outfitters", "",
      "Severn & Gorge Outfitters <no-reply@greenhouse-mail.io>",
      "Your interview has been rescheduled", "2026-03-16 10:00 +0000",
      html=ats_card("Severn & Gorge Outfitters", "#2d6a4f",
                    "Hi Morwenna,\n\nYour interview for Digital Marketing Executive has been "
                    "moved to Thursday 19 March at 15:00 (GMT). The location is unchanged: "
                    "14 Gloucester Road, Bristol.", footer="Sent via Greenhouse"),
      parent="sg_invite"),
    S("postponed_no_date", "en", "Lanyon & Daughters", "ops@lanyondaughters.example.co.uk",
      "Lanyon & Daughters <ops@lanyondaughters.example.co.uk>",
      "Trial day postponed", "2026-05-15 18:30 +0100",
      "Hello Morwenna,\n\nWe need to postpone Monday's trial day - there's been a flood in the "
      "warehouse (nothing dramatic, just a burst pipe). We still want you in and will come back "
      "with a new date as soon as the floor is dry.\n\nApologies,\nOps Team"),
    S("phone_to_video", "en", "Celtic Sea Holidays", "becca@brightwave.example.co.uk",
      "Becca Nance <becca@brightwave.example.co.uk>", "Change of time - Celtic Sea Holidays",
      "2026-03-05 13:40 +0000",
      "Hi Morwenna,\n\nThe client has to move Friday's interview to 11:30 instead of 10:00 - "
      "the hiring manager has a school run clash. Link stays the same. Is 11:30 OK?\n\nBecca"),
    S("candidate_request_accepted", "en", "Plymouth City Events",
      "events.hr@plymouthevents.example.gov.uk",
      "Plymouth City Events HR <events.hr@plymouthevents.example.gov.uk>",
      "RE: Interview time change request", "2026-06-03 09:25 +0100",
      "Dear Ms Achebe-Lindqvist,\n\nWe have changed your interview slot as requested. You are "
      "now booked for 15:15 on Wednesday 10 June instead of 13:45. Everything else in the "
      "original letter stands.\n\nHR Services\n\n"
      + gmail_q(ME_Q, "Tue, 2 Jun 2026 at 20:15",
                "Dear HR team,\n\nThank you for the interview invitation. My train from Truro "
                "arrives at 13:30 - would a later slot be possible?\n\nKind regards,\nMorwenna"),
      parent="pce_req"),
    S("teams_link_changed_seq2", "en", "Kernow Coast Tourism", KC,
      "Tamsin Pascoe <" + KC + ">", "Updated invitation: Interview - now online",
      "2026-04-13 17:55 +0100",
      "Hi Morwenna,\n\nOne more change, sorry! With the roadworks on Lemon Street we'll hold "
      "Wednesday's interview on Teams instead - same time. Updated invite attached.\n\nTamsin",
      ics=dict(KC_ICS, seq=2, start="2026-04-15 10:00", end="2026-04-15 11:00",
               location="Microsoft Teams"), parent="kc_move"),
    # de 2
    S("rheinblick_verschoben", "de", "Rheinblick Medien", "s.kaiser@rheinblick.example.de",
      "Sabine Kaiser <s.kaiser@rheinblick.example.de>",
      "Terminverschiebung: Vorstellungsgespräch", "2026-06-19 08:50 +0200",
      "Liebe Frau Achebe-Lindqvist,\n\nleider müssen wir unser Gespräch am Dienstag "
      "verschieben, da unsere Teamleiterin kurzfristig verreisen muss. Neuer Termin: Donnerstag, "
      "25. Juni, 11:00 Uhr. Die aktualisierte Einladung finden Sie anbei.\n\nBeste Grüße\n"
      "Sabine Kaiser",
      ics=dict(uid="rb-0623@rheinblick.example.de", seq=1, start="2026-06-25 11:00",
               end="2026-06-25 12:00", summary="Vorstellungsgespräch Achebe-Lindqvist",
               location="Google Meet", org="s.kaiser@rheinblick.example.de",
               org_name="Sabine Kaiser", tz="Europe/Berlin"), parent="rb_invite",
      id="rb_move"),
    S("probetag_abgesagt", "de", "Buchhandlung am Dom", "inhaber@buchamdom.example.de",
      "Ralf Wegener <inhaber@buchamdom.example.de>", "Probetag muss ausfallen",
      "2026-07-15 19:02 +0200",
      "Liebe Frau Achebe-Lindqvist,\n\nder Probetag am Samstag muss leider ausfallen, wir "
      "haben Inventur vorgezogen. Ich melde mich nächste Woche mit einem neuen Vorschlag.\n\n"
      "Herzliche Grüße\nRalf Wegener", charset="iso-8859-1"),
    # fr 2
    S("lefeuvre_annulation_ics", "fr", "Maison Lefeuvre", "c.guerin@maisonlefeuvre.example.fr",
      "Camille Guérin <c.guerin@maisonlefeuvre.example.fr>",
      "Annulé : Entretien Morwenna Achebe-Lindqvist", "2026-06-01 17:15 +0200",
      "Bonjour Morwenna,\n\nJe suis contrainte d'annuler notre entretien de jeudi : la direction "
      "revoit l'organisation du service. Je reviendrai vers vous dès que possible.\n\nCamille",
      ics=dict(uid="ml-entretien-0604@maisonlefeuvre.example.fr", start="2026-06-04 10:30",
               end="2026-06-04 11:30", summary="Entretien Morwenna Achebe-Lindqvist",
               location="12 quai de la Fosse, Nantes", org="c.guerin@maisonlefeuvre.example.fr",
               org_name="Camille Guerin", tz="Europe/Paris", method="CANCEL", seq=1),
      parent="ml_invite", id="ml_cancel", subj_enc=("utf-8", "Q")),
    S("fr_report", "fr", "Office de Tourisme Nantes Estuaire", "julien.martin@otne.example.fr",
      "Julien Martin <julien.martin@otne.example.fr>", "Report de notre appel",
      "2026-02-26 09:30 +0100",
      "Bonjour Morwenna,\n\nUn imprévu m'oblige à décaler notre appel de cet après-midi. "
      "Pourrions-nous le reporter à vendredi, même heure ?\n\nMerci de votre compréhension,\n"
      "Julien Martin"),
    # es 2
    S("txori_cambio", "es", "Txori Agencia Creativa", "ane.zubiri@txori.example.es",
      "Ane Zubiri <ane.zubiri@txori.example.es>", "Re: Entrevista en Txori",
      "2026-05-08 09:00 +0200",
      "Hola Morwenna:\n\nTenemos que cambiar la hora de la entrevista: ¿te iría bien el jueves "
      "14 a las 16:00 en lugar del martes? Perdona el cambio.\n\nAne\n\n"
      + es_q("Ane Zubiri <ane.zubiri@txori.example.es>", "lun, 4 may 2026 a las 10:25",
             "Nos gustaría conocerte en una entrevista presencial el martes 12 de mayo."),
      parent="tx_invite", id="tx_move"),
    S("es_aplazada", "es", "Bilbao Turismo Digital", "marta.goni@btd.example.es",
      "Marta Goñi <marta.goni@btd.example.es>", "Aplazamos la llamada",
      "2026-02-12 08:40 +0100",
      "Hola Morwenna,\n\nMe ha surgido una reunión urgente y no podré llamarte esta mañana. "
      "¿Lo dejamos para el lunes a la misma hora?\n\nMarta", charset="iso-8859-1",
      cte="quoted-printable"),

    # ---------------- missed: en 6
    X("waited_on_teams", "en", "Taff Harbour Marketing", "owain@taffharbour.example.co.uk",
      "Owain Jenkins <owain@taffharbour.example.co.uk>", "Missed you this morning",
      "2026-03-19 10:25 +0000",
      "Hi Morwenna,\n\nWe waited on Teams from 10:00 to about 10:20 for your interview but didn't "
      "see you join. Hopefully nothing's wrong. Let me know what happened and we'll see what we "
      "can do.\n\nOwain Jenkins\nAgency Director, Taff Harbour Marketing\nMount Stuart Square, "
      "Cardiff CF10", id="th_missed"),
    X("tried_calling_twice", "en", "Celtic Sea Holidays", "becca@brightwave.example.co.uk",
      "Becca Nance <becca@brightwave.example.co.uk>", "Tried to reach you",
      "2026-03-06 11:50 +0000",
      "Hi Morwenna,\n\nThe hiring manager tried calling you twice at 11:30 and again at 11:40 "
      "but couldn't get through. Can you check your phone and drop me a line? I'll try to "
      "salvage the slot.\n\nBecca"),
    X("greenhouse_no_show", "en", "Wye & Usk Wines", "",
      "Wye & Usk Wines <no-reply@greenhouse-mail.io>", "We missed you today",
      "2026-10-13 15:20 +0100",
      "Hello Morwenna,\n\nOur interviewer was ready for your final interview at 14:00 today but "
      "you didn't arrive at the Cardiff shop. If something came up, please use the link below to "
      "tell us.\nhttps://app.greenhouse.io/feedback/wyeusk\n\nWye & Usk Wines Talent Team"),
    X("phone_screen_no_answer_qp", "en", "Lighthouse Lettings", "jo.keast@lighthouse.example.co.uk",
      "Jo Keast <jo.keast@lighthouse.example.co.uk>", "Our call at 9:30",
      "2026-09-15 09:52 +0100",
      "Hi Morwenna,\n\nI rang at 9:30 for our scheduled screening call and it went straight to "
      "voicemail. I've left a message. I have some time tomorrow morning if you'd like to "
      "rebook.\n\nJo Keast\nRecruitment Coordinator | Lighthouse Lettings", cte="quoted-printable",
      html=outlook_html("Hi Morwenna,\n\nI rang at 9:30 for our scheduled screening call and it "
                        "went straight to voicemail. I've left a message. I have some time "
                        "tomorrow morning if you'd like to rebook.\n\nJo Keast")),
    X("trial_day_not_arrived", "en", "Lanyon & Daughters", "ops@lanyondaughters.example.co.uk",
      "Lanyon & Daughters <ops@lanyondaughters.example.co.uk>", "Today's trial day",
      "2026-06-01 10:45 +0100",
      "Hello Morwenna,\n\nWe were expecting you at 09:00 for the rescheduled trial day but you "
      "haven't arrived, and there's no answer on your mobile. Please let us know you're OK.\n\n"
      "Ops Team"),
    X("assessment_empty_chair", "en", "Plymouth City Events", "events.hr@plymouthevents.example.gov.uk",
      "Plymouth City Events HR <events.hr@plymouthevents.example.gov.uk>",
      "Non-attendance: Digital Marketing Officer interview", "2026-06-10 16:30 +0100",
      "Dear Ms Achebe-Lindqvist,\n\nYou were scheduled for interview at 15:15 today but did not "
      "attend, and we were unable to reach you on the number provided. If there were exceptional "
      "circumstances, please contact us within two working days.\n\nHR Services",
      parent="pce_req"),
    # de 1
    X("nicht_erschienen", "de", "Kranhaus Kaffee", "lea.hoffmann@kranhaus.example.de",
      "Lea Hoffmann <lea.hoffmann@kranhaus.example.de>", "Unser Video-Call heute",
      "2026-03-13 14:40 +0100",
      "Hallo Morwenna,\n\nwir waren um 14 Uhr im Video-Call, haben dich aber leider nicht "
      "angetroffen. Ist etwas dazwischengekommen? Wenn du magst, buch dir einfach einen neuen "
      "Termin.\n\nViele Grüße\nLea"),
    # fr 2
    X("fr_absente_visio", "fr", "Nantes Vélo Partage", "sophie.bernard@nvp.example.fr",
      "Sophie Bernard <sophie.bernard@nvp.example.fr>", "Entretien de ce matin",
      "2026-09-08 11:10 +0200",
      "Bonjour Morwenna,\n\nNous vous avons attendue ce matin à 10h pour l'entretien individuel, "
      "mais vous ne vous êtes pas présentée. Pouvez-vous me dire ce qu'il s'est passé ?\n\n"
      "Sophie Bernard\nRH, Nantes Vélo Partage", charset="iso-8859-1", cte="quoted-printable"),
    X("fr_injoignable", "fr", "Office de Tourisme Nantes Estuaire", "julien.martin@otne.example.fr",
      "Julien Martin <julien.martin@otne.example.fr>", "Appel manqué",
      "2026-02-27 10:20 +0100",
      "Bonjour Morwenna,\n\nJe vous ai appelée à deux reprises à 10h comme convenu, sans "
      "réponse. Je vous laisse me proposer un autre moment.\n\nJulien Martin\n\n"
      + fr_q("Julien Martin <julien.martin@otne.example.fr>", "jeu. 26 févr. 2026 à 09:30",
             "Pourrions-nous reporter notre appel à vendredi, même heure ?")),
    # es 1
    X("es_no_conectaste", "es", "Sidrería Digital Gorbea", "unai@gorbea.example.es",
      "Unai Arregi <unai@gorbea.example.es>", "No te vimos en la videollamada",
      "2026-08-04 12:35 +0200",
      "Hola Morwenna:\n\nTe esperamos en la videollamada de las 12:00 pero no llegaste a "
      "conectarte. ¿Va todo bien? Si quieres, buscamos otro hueco.\n\nUnai Arregi\nSidrería "
      "Digital Gorbea"),
]
