"""Corpus 58: reschedules/cancellations and missed-interview notices (data only)."""

from msgs58_build import Msg, ics, q

RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"

MESSAGES = [
    Msg(RS, "cfo_conflict_move", "en", "Fernwood Capital", "alicia.nguyen@fernwoodcapital.example.com",
        ("Alicia Nguyen", "alicia.nguyen@fernwoodcapital.example.com"),
        "Re: Fernwood Capital - FP&A Analyst",
        """Hi Mathieu,

Apologies for the shuffle - our CFO has been pulled into a board meeting on Thursday, so we need to move your interview. Could you do Friday at 11:00 or Monday at 2:00 instead? Same Zoom link.

Sorry again!
Alicia

On Tue, Mar 10, 2026 at 3:12 PM Mathieu Tremblay-Okonkwo <m.tremblay.okonkwo@example.ca> wrote:
""" + q("""Hi Alicia, Thursday at 10 works perfectly, see you then.
Mathieu""")),
    Msg(RS, "ics_cancel_method", "fr", "Hydrovolt Québec", "isabelle.gauthier@hydrovolt.example.ca",
        ("Isabelle Gauthier", "isabelle.gauthier@hydrovolt.example.ca"),
        "Annulé : Entrevue - Analyste principal, contrôle de gestion",
        """Bonjour Mathieu,

Je dois malheureusement annuler l'entrevue prévue mardi. Le gestionnaire est en congé de maladie pour quelques jours. Je vous reviens dès que possible avec une nouvelle date, le poste est toujours ouvert.

Désolée pour le contretemps,
Isabelle""",
        ics=ics("hv-2026-0303@hydrovolt.example.ca", "Entrevue - Analyste principal, contrôle de gestion",
                "20260303T150000Z", "20260303T160000Z", "isabelle.gauthier@hydrovolt.example.ca", "Microsoft Teams",
                method="CANCEL", status="CANCELLED", seq=1),
        cte="qp"),
    Msg(RS, "agency_pushed_back", "en", "Pinecrest Retail Group", "devon@talentharbour.example.com",
        ("Devon Clarke", "devon@talentharbour.example.com"),
        "change of plans",
        """Hey Mathieu - Sandra just had something come up for tomorrow so they've asked to push your interview to next Monday same time (10am). Does that still work?? So sorry for the short notice!!

Devon"""),
    Msg(RS, "workday_rescheduled_notice", "en", "Sterling Lakes Insurance", "",
        ("Sterling Lakes Insurance", "sterlinglakes@myworkday.com"),
        "Interview rescheduled - Tax Analyst, Corporate Tax",
        """Dear Mathieu,

Your interview for Tax Analyst, Corporate Tax (JR-2026-0518) has been rescheduled.

Previous time: April 2, 2026 11:00 AM EDT
New time: April 6, 2026 2:30 PM EDT

The Zoom link remains the same. If the new time does not work for you, please select another slot in Candidate Home.

This mailbox is not monitored."""),
    Msg(RS, "fr_report_tu", "fr", "Paie Nordique", "camille@paienordique.example.ca",
        ("Camille Tran", "camille@paienordique.example.ca"),
        "Re: Ta candidature chez Paie Nordique",
        """Allô Mathieu,

Petit changement : notre VP Ops est coincé à Toronto mercredi. Est-ce qu'on peut déplacer notre rencontre à vendredi même heure (14 h)? Désolée!!

Camille

Le lun. 16 mars 2026 à 19:44, Mathieu Tremblay-Okonkwo <m.tremblay.okonkwo@example.ca> a écrit :
""" + q("""Salut Camille, mercredi 14 h c'est parfait pour moi, en personne.
Merci!
Mathieu""")),
    Msg(RS, "process_cancelled_interview", "en", "Quarry Point Energy", "r.desai@quarrypoint.example.com",
        ("Rohan Desai", "r.desai@quarrypoint.example.com"),
        "Thursday's interview",
        """Hi Mathieu,

I'm writing to let you know we need to cancel Thursday's interview with Greg. We're in the middle of a reorg in corporate finance and he asked me to pause all scheduling for two weeks. This isn't a decision about you, and I'll be back in touch to rebook once things settle.

Apologies for the inconvenience,
Rohan Desai
Talent Acquisition, Quarry Point Energy
Calgary, AB | 403-555-0126"""),
    Msg(RS, "de_termin_verschieben", "de", "Auenwerk Medizintechnik", "j.hartmann@auenwerk.example.de",
        ("Julia Hartmann", "j.hartmann@auenwerk.example.de"),
        "AW: Einladung zum Vorstellungsgespräch - Referent Konzerncontrolling",
        """Sehr geehrter Herr Tremblay-Okonkwo,

leider muss Herr Dr. Weber kurzfristig zu einem Kundentermin. Wäre es möglich, unser Gespräch auf Donnerstag, 25. Juni, gleiche Uhrzeit (16:00 Uhr MESZ), zu verschieben?

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Julia Hartmann
Auenwerk Medizintechnik GmbH""",
        charset="iso-8859-1", cte="qp"),
    Msg(RS, "goodtime_updated_ics", "en", "Keystone Mutual", "",
        ("Keystone Mutual Recruiting", "scheduling@goodtime.io"),
        "Updated: Panel interview with Keystone Mutual",
        """Hi Mathieu,

Your panel interview with Keystone Mutual has been updated. One of the interviewers had a conflict, so the start time has moved.

New time: Tuesday, May 12, 2026, 2:00 PM - 4:00 PM EDT
Location: Keystone Mutual, 1250 boul. René-Lévesque O., 22nd floor

The updated calendar invitation is attached.

This message was sent by GoodTime on behalf of Keystone Mutual.""",
        ics=ics("gt-km-5f0a2c91@goodtime.io", "Panel interview - Keystone Mutual",
                "20260512T180000Z", "20260512T200000Z", "scheduling@goodtime.io", "1250 boul. René-Lévesque O.", seq=2),
        fmt="alt"),
    Msg(RS, "es_reprogramar", "es", "Banco Meridiano", "lucia.herrera@bancomeridiano.example.com.mx",
        ("Lucía Herrera", "lucia.herrera@bancomeridiano.example.com.mx"),
        "RE: Entrevista - Subgerente de Contraloría",
        """Hola Mathieu,

Una disculpa, el Director de Finanzas tiene un viaje imprevisto el jueves. ¿Podríamos reprogramar la entrevista para el lunes 22 a las 10:00 (hora CDMX)?

Quedo atenta.
Lucía"""),
    Msg(RS, "fr_gouv_report_convocation", "fr", "Ministère des Finances et de l'Économie numérique", "dotation.mfen@mfen.example.gouv.qc.ca",
        ("Dotation MFEN", "dotation.mfen@mfen.example.gouv.qc.ca"),
        "MODIFICATION - Convocation entrevue 10404RS260045",
        """Monsieur,

Pour des raisons organisationnelles, l'entrevue de sélection prévue le 21 mai 2026 à 13 h 30 est reportée au 28 mai 2026 à 9 h, au même endroit.

Si cette nouvelle date ne vous convient pas, veuillez nous en aviser dans les plus brefs délais.

Direction des ressources humaines
Ministère des Finances et de l'Économie numérique""",
        charset="iso-8859-1", cte="qp"),
    Msg(RS, "mobile_running_late_move", "en", "Copperleaf Games", "g.haddad@copperleafgames.example.com",
        ("Georges Haddad", "g.haddad@copperleafgames.example.com"),
        "Re: Quick question",
        """stuck in a milestone review that's running way over, can we move our 3pm to tomorrow same time? sorry

G

Sent from my iPhone"""),
    Msg(RS, "whitfield_cancel_rebook", "en", "Whitfield Stone", "",
        ("Whitfield Stone Careers", "careers-noreply@whitfieldstone.example.com"),
        "Whitfield Stone | Interview cancelled",
        """Dear Mathieu,

We regret that your interview scheduled for Friday, July 24, 2026 has been cancelled. Our coordinator will contact you shortly to arrange a new date.

Best regards,
Experienced Recruiting
Whitfield Stone LLP""",
        fmt="html"),
    Msg(RS, "es_cambio_horario", "es", "Hoteles Costa Dorada", "",
        ("Hoteles Costa Dorada", "empleo@costadorada.example.es"),
        "Cambio de horario de su entrevista",
        """Estimado candidato:

Le informamos de que su entrevista online del 7 de julio se ha trasladado al 9 de julio a las 10:00 (hora de Miami) por motivos de agenda del comité.

Si no puede asistir en el nuevo horario, indíquelo en el portal del candidato.

Departamento de Selección
Hoteles Costa Dorada""",
        fmt="html", charset="iso-8859-1"),
    Msg(RS, "fr_cabinet_annule_reprise", "fr", "Lavoie Mercier", "e.lavoie@lavoiemercier.example.ca",
        ("Étienne Lavoie", "e.lavoie@lavoiemercier.example.ca"),
        "Re: Lavoie Mercier - Services-conseils ERP",
        """Mathieu,

Je dois annuler notre appel de vendredi 9 h, j'ai une mise en production qui a mal tourné chez un client. Je vous propose mardi prochain à 10 h à la place, même numéro. Dites-moi si ça va.

Étienne

Envoyé de mon iPhone"""),
    Msg(RS, "de_absage_termin_neu", "de", "Zahlwerk", "lena@zahlwerk.example.de",
        ("Lena Brandt", "lena@zahlwerk.example.de"),
        "Unser Call morgen",
        """Hi Mathieu,

sorry, ich muss unseren Call morgen leider absagen, bei uns ist gerade Quartalsabschluss und alles brennt. Magst du dir über den Link einfach einen neuen Slot nächste Woche aussuchen? https://cal.example.com/zahlwerk/kennenlernen

Danke für dein Verständnis!
Lena"""),
    # missed-interview notices
    Msg(MI, "tried_calling", "en", "Northshore Staffing Partners", "amir@northshorepartners.example.com",
        ("Amir Haddadi", "amir@northshorepartners.example.com"),
        "Missed you today",
        """Hi Mathieu,

I tried calling you at 2:00 today for our scheduled phone screen about the Payroll Manager role with my client, but it went straight to voicemail. I hope everything's ok!

If you're still interested, reply with a couple of times that work for you this week and we'll reconnect.

Amir Haddadi
Northshore Staffing Partners
647-555-0161"""),
    Msg(MI, "teams_no_join", "en", "Bayview Biologics", "m.oconnor@bayviewbio.example.com",
        ("Megan O'Connor", "m.oconnor@bayviewbio.example.com"),
        "Your interview this morning",
        """Hi Mathieu,

The team was on the Teams call at 9:30 ET this morning but it looks like you did not join the Teams meeting. We waited about 15 minutes.

I know things come up - please let me know what happened and whether you'd like to reschedule. The panel's calendar fills up quickly, so the sooner the better.

Megan"""),
    Msg(MI, "fr_absence_entrevue", "fr", "Groupe Vermillon", "m.dubois@groupevermillon.example.com",
        ("Mélanie Dubois", "m.dubois@groupevermillon.example.com"),
        "Rencontre de ce matin",
        """Bonjour Mathieu,

Nous vous attendions ce matin à 9 h à nos bureaux de Laval pour la rencontre et le cas pratique, mais nous ne vous avons pas vu. J'ai tenté de vous joindre sur votre cellulaire sans succès.

Pourriez-vous me revenir pour m'indiquer si vous êtes toujours intéressé par le poste?

Mélanie Dubois
Conseillère RH, Groupe Vermillon""",
        charset="windows-1252"),
    Msg(MI, "fr_tu_on_ta_manque", "fr", "Paie Nordique", "camille@paienordique.example.ca",
        ("Camille Tran", "camille@paienordique.example.ca"),
        "On t'a manqué!",
        """Salut Mathieu,

On était prêts à 14 h dans la salle de conf mais tu n'es pas venu. Tout va bien? Si t'as eu un empêchement, pas de stress, écris-moi et on trouve un autre moment.

Camille"""),
    Msg(MI, "no_show_ats_template", "en", "Harrow Point Hotels", "",
        ("Harrow Point Hotels", "noreply@harrowpoint.example.com"),
        "We missed you at your interview",
        """Dear Mathieu,

We noticed that you were unable to attend your scheduled interview for Assistant Director of Finance on June 9, 2026.

If you would like to be considered further, please use the link below within 5 business days to select a new interview time. After that, your application will be closed.

https://harrowpoint.example.com/careers/reschedule?id=4471

Harrow Point Hotels Talent Acquisition""",
        fmt="html", cte="qp"),
    Msg(MI, "de_nicht_erschienen", "de", "Hollmann Bahntechnik", "k.vogt@hollmann-bahntechnik.example.de",
        ("Katrin Vogt", "k.vogt@hollmann-bahntechnik.example.de"),
        "Unser Termin heute",
        """Hallo Herr Tremblay-Okonkwo,

wir waren heute um 15:00 Uhr MESZ im Teams-Meeting verabredet, Sie haben sich jedoch leider nicht eingewählt. Ist etwas dazwischengekommen?

Bitte melden Sie sich kurz, falls Sie weiterhin Interesse haben, dann vereinbaren wir einen neuen Termin.

Viele Grüße
Katrin Vogt
Hollmann Bahntechnik GmbH""",
        charset="iso-8859-1", cte="qp"),
    Msg(MI, "es_no_se_presento", "es", "Banco Meridiano", "lucia.herrera@bancomeridiano.example.com.mx",
        ("Lucía Herrera", "lucia.herrera@bancomeridiano.example.com.mx"),
        "Entrevista de hoy",
        """Hola Mathieu,

Te estuvimos esperando en la videollamada de hoy a las 10:00 pero no logramos conectarnos contigo. ¿Todo bien?

Si sigues interesado, avísame y vemos si el Director tiene otro espacio esta semana.

Saludos,
Lucía"""),
    Msg(MI, "hm_mobile_wheres", "en", "Grain & Gable", "chris@grainandgable.example.com",
        ("Chris Albright", "chris@grainandgable.example.com"),
        "Re: Your application for Senior Accountant",
        """Hey - I'm on the zoom, we said 1pm right? Didn't see you come on. Ping me if you still want to chat.

Chris"""),
    Msg(MI, "gov_absent_interview", "en", "Department of Northern Infrastructure Finance", "ntf-staffing@dnif.example.gc.ca",
        ("Staffing - DNIF", "ntf-staffing@dnif.example.gc.ca"),
        "26-DNIF-IA-017 - Absence at interview",
        """Good afternoon,

Our records indicate that you did not attend your interview scheduled for August 5, 2026 at 13:00 (ET) for selection process 26-DNIF-IA-017. The board attempted to reach you by phone at the number in your application.

If you were unable to attend due to circumstances beyond your control, please contact us within two (2) business days with an explanation. Otherwise, you will be eliminated from the process.

Staffing Unit - Department of Northern Infrastructure Finance"""),
    Msg(MI, "agency_client_waited", "en", "Pinecrest Retail Group", "devon@talentharbour.example.com",
        ("Devon Clarke", "devon@talentharbour.example.com"),
        "???",
        """Mathieu - Sandra just called me, she was waiting on the video call for 20 min and you never showed up?? Is everything ok?? Call me when you see this, I think I can still save it if we move fast!!

Devon
C: 647-555-0109"""),
]
