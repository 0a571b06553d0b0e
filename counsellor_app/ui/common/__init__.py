"""What every part of the window uses: operations (writes), background reads, the editing
controller, prompts, settings, labels and the small widgets forms are made of."""
