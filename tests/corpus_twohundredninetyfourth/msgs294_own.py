"""Corpus 294: mail Niamh sent herself (applications, confirmations, thanks, apologies,
counter-offers and declines). Always `other`, never a contact."""

from __future__ import annotations

from msgs294_common import CAND, m

K = "other"

AOIFE = ("Aoife Brennan", "aoife.brennan@corribclinical.example.ie")
JANA = ("Jana Köhler", "jana.koehler@spreebio.example.de")
CAMILLE = ("Camille Durand", "camille.durand@rhone-essais.example.fr")
LAIA = ("Laia Puig i Serra", "laia.puig@mediterrania-ct.example.es")
RORY = ("Rory Kavanagh", "rory@liffeybio.example.ie")

SIG = """
Niamh O'Donoghue
Senior Pharmacy Technician (Clinical Trials Dispensing)
+353 87 xxx 4412"""

MESSAGES = [
    m("b_sorry", K, "en", "2026-02-10T18:02:00+00:00", CAND, "Apologies - missed interview",
      """Dear Dr Whelan,

I am so sorry. I had the interview in my diary for Wednesday 11 February rather than today, and
my phone was in my locker while I was on the aseptic unit. I completely understand if this is
not possible, but I would be very grateful for the chance to interview at another time.

Apologies again for the inconvenience to the panel.

Kind regards,
""" + SIG, to=[("Dr Ciarán Whelan", "c.whelan@mcrf.example.ie")], re="b_missed", quote="en"),

    m("h_confirm", K, "en", "2026-03-04T10:31:00+00:00", CAND,
      "RE: Shandon Therapeutics - CTA interview Thursday?",
      """Hi Declan,

Brilliant, thanks! Thursday 11:30 suits me perfectly. I'll take the call from home.

Niamh
""", to=[("Declan Hurley", "declan@kinsale-lsr.example.ie")], re="h_inv", quote="outlook"),

    m("c_thanks", K, "en", "2026-03-26T15:10:00+00:00", CAND,
      "Thank you - Clinical Trial Assistant interview",
      """Dear Jana,

Thank you (and Dr Lindner) for taking the time to speak with me this morning. I really enjoyed
hearing about the oncology portfolio and how your start-up team works with the sites, and it
confirmed how much I would like to join Spree BioPharma.

I'm also continuing my German course (B1 at the moment), as mentioned.

Best wishes,
Niamh
""", to=[JANA], re="c_move"),

    m("sm_confirm", K, "en", "2026-04-08T13:02:00+01:00", CAND,
      "Re: Phone call re: Clinical Research Coordinator",
      """Hi Gearóid,

Thanks for getting in touch - Wednesday 15 April at 16:00 is perfect. Talk to you then.

Best,
Niamh
""", to=[("Gearóid Ó Súilleabháin", "gearoid.osuilleabhain@salthillmedtech.example.ie")],
      re="sm_inv", quote="en"),

    m("uh_apply", K, "en", "2026-04-14T08:15:00+01:00", CAND,
      "Application - Research Nurse / Trial Coordinator post (fixed term)",
      """Dear Ms Costigan,

Please find attached my CV and cover letter for the Research Nurse / Trial Coordinator post
advertised on the hospital website. Although I am not a nurse, I have six years' experience as
a pharmacy technician, including four years dispensing and reconciling investigational products
for oncology and haematology trials, and I hold current ICH-GCP certification.

I would be delighted to discuss how my experience could support the Clinical Research Unit.

Yours sincerely,
""" + SIG, to=[("Siobhan Costigan", "s.costigan@mercyfield-hospital.example.ie")],
      pdfs=[("Niamh_ODonoghue_CV.pdf",
             ["Niamh O'Donoghue - Curriculum Vitae",
              "Senior Pharmacy Technician, Cork (2020-present)",
              "ICH-GCP certified (2025); IMP accountability for 14 trials"])]),

    m("d_accept", K, "fr", "2026-04-14T15:20:00+01:00", CAND,
      "RE: Entretien - Assistante d'études cliniques",
      """Bonjour Madame Durand,

Merci beaucoup pour votre message. Je suis disponible le jeudi 23 avril à 14h00 (heure de
Paris) et je serai ravie d'échanger avec vous.

Bien cordialement,
Niamh O'Donoghue
""", to=[CAMILLE], re="d_inv", quote="fr", cs="iso-8859-1"),

    m("ilrc_apply", K, "fr", "2026-05-18T09:05:00+01:00", CAND,
      "Candidature attaché de recherche clinique junior",
      """Madame, Monsieur,

Je me permets de vous adresser ma candidature pour le poste d'attaché(e) de recherche clinique
junior publié sur le site de l'Institut. Technicienne en pharmacie hospitalière à Cork depuis
six ans, je gère la dispensation et la traçabilité des médicaments expérimentaux de nombreux
essais. Je souhaite aujourd'hui évoluer vers la coordination d'études.

Vous trouverez ci-joint mon CV et ma lettre de motivation.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Niamh O'Donoghue
""", to=[("Secrétariat DRCI - Institut Lumière",
          "drci.secretariat@institut-lumiere.example.fr")],
      pdfs=[("CV_Niamh_ODonoghue_FR.pdf",
             ["Niamh O'Donoghue - CV", "Technicienne en pharmacie hospitalière, Cork",
              "Certification BPC (ICH-GCP) 2025"])], cs="utf-8", cte="8bit"),

    m("f_sorry", K, "en", "2026-05-19T11:02:00+01:00", CAND, "Sorry about yesterday",
      """Hi Rory,

I'm really sorry - the invite landed in my spam folder and I had the interview down for 10:00
tomorrow from the booking page. Entirely my mistake for not double-checking. Would it be
possible to rearrange? I'm free any afternoon this week.

Thanks for your understanding,
Niamh
""", to=[RORY], re="f_missed", quote="en"),

    m("f_counter", K, "en", "2026-06-18T21:14:00+01:00", CAND,
      "Re: Offer - Clinical Operations Associate at Liffey Bio",
      """Hi Rory,

Thank you so much - I'm thrilled to get the offer and I loved meeting the team.

Before I decide, could we talk about the salary? Moving from Cork to Dublin would add a lot to
my costs, and I was hoping for something closer to EUR 45,000. I'd also like to ask whether
fewer office days might be possible at the start while I find somewhere to live.

Thanks for considering it,
Niamh
""", to=[RORY], cc=[("Gráinne Doyle", "grainne@liffeybio.example.ie")], re="f_offer",
      quote="en"),

    m("g_decline", K, "de", "2026-06-15T20:30:00+01:00", CAND,
      "Re: Ihr Arbeitsvertrag zur Unterschrift - Einsatz Studienzentrum am Lindenhof",
      """Hallo Herr Yıldız,

vielen Dank für Ihre Unterstützung und für den Vertrag. Nach langer Überlegung habe ich mich
leider entschieden, das Angebot nicht anzunehmen: Ich habe inzwischen ein Angebot in Irland
bekommen, und ein befristeter Einsatz ist für einen Umzug nach Berlin im Moment zu unsicher.

Bitte richten Sie Frau Dr. Albrecht meinen Dank aus.

Viele Grüße
Niamh O'Donoghue
""", to=[("Mehmet Yıldız", "m.yildiz@havel-personal.example.de")], re="g_contract",
      quote="de"),

    m("f_decline", K, "en", "2026-06-26T09:40:00+01:00", CAND,
      "Re: Offer - Clinical Operations Associate at Liffey Bio",
      """Hi Gráinne and Rory,

Thank you both for the revised offer and for being so generous with your time. After a lot of
thought I have decided not to accept. My partner's job means we can't leave Cork this year and
I don't think I could do the commute well for long.

I really hope our paths cross again.

All the best,
Niamh
""", to=[("Gráinne Doyle", "grainne@liffeybio.example.ie"), RORY], re="f_revised",
      quote="en"),

    m("d_decline", K, "fr", "2026-06-08T19:00:00+01:00", CAND,
      "Re: Proposition d'embauche - Assistante d'études cliniques",
      """Bonjour Madame Durand,

Je vous remercie sincèrement pour cette proposition et pour la qualité de votre processus de
recrutement. Après mûre réflexion, je ne suis malheureusement pas en mesure de m'installer à
Lyon cette année pour des raisons familiales, et je dois donc décliner votre offre.

Je vous prie de transmettre mes remerciements à Mme Bertin et à toute l'équipe.

Bien cordialement,
Niamh O'Donoghue
""", to=[CAMILLE], re="d_offer", quote="fr", cs="windows-1252", cte="quoted-printable"),

    m("gr_sorry", K, "en", "2026-07-06T16:10:00+01:00", CAND, "RE: Client couldn't reach you",
      """Hi Tadhg,

Mortified - I was stuck in a sterile compounding session that overran and had no phone. Please
pass on my apologies to the client. I can do any time tomorrow or Wednesday.

Niamh
""", to=[("Tadhg Murray", "tadhg.murray@grafton-lab.example.ie")], re="gr_missed",
      quote="outlook"),

    m("mp_confirm", K, "de", "2026-07-10T14:00:00+01:00", CAND,
      "AW: Einladung zum Vorstellungsgespräch - Kennziffer 2026-117",
      """Sehr geehrte Frau Dr. Brandt,

vielen Dank für die Einladung. Den Termin am Mittwoch, 22. Juli um 11:00 Uhr MESZ bestätige ich
gern. Ich freue mich auf das Gespräch.

Mit freundlichen Grüßen
Niamh O'Donoghue
""", to=[("Dr. Ulrike Brandt", "u.brandt@mueggelsee-pharma.example.de")], re="mp_inv",
      quote="de", cs="iso-8859-1", cte="quoted-printable"),

    m("e_thanks", K, "en", "2026-07-24T08:45:00+02:00", CAND, "Thank you - Barcelona visit",
      """Hola Laia,

Thank you so much for organising everything for yesterday - the flights, the hotel and the
interviews all went like clockwork. It was lovely to meet Jordi and the team in person, and
the practical exercise was genuinely fun.

I'm very excited about the role and hope to hear from you soon.

Moltes gràcies!
Niamh
""", to=[LAIA], re="e_inv2"),

    m("pcs_sorry", K, "de", "2026-08-19T19:45:00+01:00", CAND, "Entschuldigung - Videotermin",
      """Sehr geehrte Frau Wendt,

es tut mir sehr leid, dass ich heute nicht am Gespräch teilgenommen habe. Ich hatte den
Termin versehentlich auf 10:00 Uhr irischer Zeit eingetragen - also eine Stunde zu spät.

Wäre ein neuer Termin möglich? Ich bin diese Woche an jedem Nachmittag erreichbar.

Mit freundlichen Grüßen
Niamh O'Donoghue
""", to=[("Katrin Wendt", "k.wendt@pankow-clinical.example.de")], re="pcs_missed",
      quote="de"),

    m("vc_sorry", K, "es", "2026-09-03T21:30:00+01:00", CAND, "Perdona por lo del jueves",
      """Hola Núria:

Lo siento muchísimo. Tenía la videollamada apuntada a las 9:30 hora de Irlanda, es decir, una
hora más tarde. Cuando me conecté ya no había nadie. Si todavía es posible, me encantaría
hablar contigo cualquier día de la semana que viene.

Un saludo y perdona de nuevo,
Niamh
""", to=[("Núria Casals", "ncasals@hospitalcollserola.example.es")], re="vc_missed",
      quote="es"),

    m("a_conf", K, "en", "2026-08-18T19:40:00+01:00", CAND,
      "Re: Study Start-Up Associate - initial call",
      """Hi Aoife,

Thanks very much for getting in touch. Tuesday 25 August at 10:00 works well for me - I look
forward to the call.

Kind regards,
Niamh
""", to=[AOIFE], re="a_inv", quote="en"),

    m("a_thanks", K, "en", "2026-09-11T08:20:00+01:00", CAND, "Thank you - panel interview",
      """Hi Aoife,

I just wanted to say thank you to you, Eoin and Dr Nair for yesterday's panel. I really enjoyed
the start-up exercise and learned a lot about how Corrib runs country submissions under the new
EU regulation. Please pass on my thanks to the panel.

Kind regards,
Niamh
""", to=[AOIFE], re="a_panel_move", fmt="alt"),
    m("checkin_declan", K, "en", "2026-09-02T08:59:00+01:00",
      CAND,
      "checking in",
      """Hi Declan,

Hope you had a good summer. Just checking in - I'm in final stages with a CRO in Galway but
still keen to hear about any study coordinator roles in Cork.

Niamh
""", to=[("Declan Hurley", "declan@kinsale-lsr.example.ie")]),
]
